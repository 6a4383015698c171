package dev.integrations.openai.autoconfigure.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Redis for tests: Debian's {@code redis-server} started on a free 127.0.0.1 port, without persistence, in its
 * own temporary directory. Register it as a {@code static} {@code @RegisterExtension} field in a class tagged
 * {@code redis}: it starts before the class's tests, answers {@code PING} before they run, and is stopped after
 * them, also when a test failed. {@link #stop()} and {@link #start()} take it down and bring it back on the same port
 * in the middle of a test.
 */
public final class RedisServer implements BeforeAllCallback, AfterAllCallback {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

	private int port;

	private @Nullable Path dir;

	private @Nullable Process process;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		this.dir = Files.createTempDirectory("redis-test");
		this.port = freePort();
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		stop();
		if (this.dir != null) {
			try (Stream<Path> files = Files.walk(this.dir)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	/** The port the server listens on (the same across {@link #stop()} and {@link #start()}). */
	public int port() {
		return this.port;
	}

	/** The server's address as a Redis URI, {@code redis://127.0.0.1:<port>}. */
	public String uri() {
		return "redis://127.0.0.1:" + this.port;
	}

	/** Starts the server (again) on {@link #port()} and waits until it answers {@code PING}. */
	public synchronized void start() throws IOException, InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		List<String> command = List.of(executable(), "--port", Integer.toString(this.port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no", "--protected-mode", "no", "--daemonize", "no", "--dir",
				String.valueOf(this.dir), "--logfile", "redis.log");
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (!answersPing()) {
			if (!this.process.isAlive() || System.nanoTime() > deadline) {
				stop();
				throw new IllegalStateException("redis-server did not answer PING on port " + this.port
						+ "; its log: " + this.dir + "/redis.log");
			}
			Thread.sleep(20);
		}
	}

	/** Stops the server and waits until it is gone; its data is lost (there is no persistence). */
	public synchronized void stop() throws InterruptedException {
		Process running = this.process;
		this.process = null;
		if (running == null) {
			return;
		}
		running.destroy();
		if (!running.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			running.destroyForcibly().waitFor();
		}
	}

	private boolean answersPing() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 1000);
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] answer = in.readNBytes(7);
			return "+PONG\r\n".equals(new String(answer, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String executable() {
		for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		String path = System.getenv("PATH");
		if (path != null) {
			for (String entry : path.split(java.io.File.pathSeparator)) {
				Path candidate = Path.of(entry, "redis-server");
				if (Files.isExecutable(candidate)) {
					return candidate.toString();
				}
			}
		}
		throw new IllegalStateException(
				"redis-server is not installed: the tests tagged 'redis' need it (apt-get install -y redis-server, "
						+ "as .ci/run does), or skip them with -DskipRedisTests=true");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
