package dev.integrations.openai.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A raw HTTP/1.1 server on a loopback socket for answers no well-behaved server gives: it records each request head,
 * hands the connection's output to a script, and records whether a script saw the client close the connection
 * (a write failing). Each connection runs on its own daemon thread.
 */
final class RawHttpServer implements AutoCloseable {

	/** Writes one response. */
	@FunctionalInterface
	interface Script {

		void respond(OutputStream out) throws IOException, InterruptedException;

	}

	private final ServerSocket socket;

	private final List<String> requestHeads = new CopyOnWriteArrayList<>();

	private final CountDownLatch clientClosed = new CountDownLatch(1);

	RawHttpServer(Script script) throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> accept(script), "raw-http-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.socket.getLocalPort() + "/v1";
	}

	List<String> requestHeads() {
		return this.requestHeads;
	}

	/**
	 * Waits until a script's write failed because the client closed the connection.
	 * @param seconds the longest wait
	 * @return whether it happened in time
	 */
	boolean awaitClientClosed(long seconds) throws InterruptedException {
		return this.clientClosed.await(seconds, TimeUnit.SECONDS);
	}

	private void accept(Script script) {
		while (!this.socket.isClosed()) {
			try {
				Socket connection = this.socket.accept();
				Thread worker = new Thread(() -> serve(connection, script), "raw-http-connection");
				worker.setDaemon(true);
				worker.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket connection, Script script) {
		try (connection) {
			this.requestHeads.add(readRequest(connection.getInputStream()));
			script.respond(connection.getOutputStream());
			connection.shutdownOutput();
			// let the client read to the end before the socket closes
			connection.getInputStream().read();
		}
		catch (IOException ex) {
			this.clientClosed.countDown();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Reads the head and a {@code Content-Length} body; returns the head. */
	private static String readRequest(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("request ended early");
			}
			head.write(b);
			matched = (b == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		String text = head.toString(StandardCharsets.ISO_8859_1);
		for (String line : text.split("\r\n")) {
			if (line.toLowerCase().startsWith("content-length:")) {
				in.readNBytes(Integer.parseInt(line.substring(15).trim()));
			}
		}
		return text;
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
