package dev.integrations.openai.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-route HTTP server that writes scripted SSE events over a chunked response, one event per chunk with a pause
 * between them, then either ends the response or drops the connection. It records how many connections it accepted
 * and how many events it wrote before the client went away, which WireMock cannot observe.
 */
public final class ScriptedSseServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Thread thread;

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger eventsWritten = new AtomicInteger();

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile boolean clientClosedEarly;

	/**
	 * Starts the server on a random loopback port.
	 * @param events the {@code data} of each event, in order
	 * @param pauseMillis the pause after each event
	 * @param dropAtEnd whether to drop the connection after the last event instead of ending the response
	 * @throws IOException if the socket cannot be opened
	 */
	public ScriptedSseServer(List<String> events, long pauseMillis, boolean dropAtEnd) throws IOException {
		this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		this.thread = new Thread(() -> serve(events, pauseMillis, dropAtEnd), "scripted-sse");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** @return the port */
	public int port() {
		return this.socket.getLocalPort();
	}

	/** @return the connections accepted so far */
	public int connections() {
		return this.connections.get();
	}

	/** @return the events written so far */
	public int eventsWritten() {
		return this.eventsWritten.get();
	}

	/**
	 * Waits until the script has written its last event or seen the client go away.
	 * @param seconds the longest wait
	 * @return whether it finished in time
	 * @throws InterruptedException if interrupted while waiting
	 */
	public boolean awaitFinished(long seconds) throws InterruptedException {
		return this.finished.await(seconds, TimeUnit.SECONDS);
	}

	/** @return whether the client went away before the last event */
	public boolean clientClosedEarly() {
		return this.clientClosedEarly;
	}

	private void serve(List<String> events, long pauseMillis, boolean dropAtEnd) {
		while (!this.socket.isClosed()) {
			try (Socket connection = this.socket.accept()) {
				this.connections.incrementAndGet();
				readRequestHead(connection);
				OutputStream out = connection.getOutputStream();
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
						+ "x-request-id: req_stream1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				try {
					for (String event : events) {
						writeChunk(out, "data: " + event + "\n\n");
						this.eventsWritten.incrementAndGet();
						Thread.sleep(pauseMillis);
					}
					if (!dropAtEnd) {
						out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
						out.flush();
					}
				}
				catch (IOException ex) {
					this.clientClosedEarly = true;
				}
				this.finished.countDown();
			}
			catch (IOException | InterruptedException ex) {
				return;
			}
		}
	}

	private static void readRequestHead(Socket connection) throws IOException {
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
		int contentLength = 0;
		String line;
		while ((line = reader.readLine()) != null && !line.isEmpty()) {
			if (line.toLowerCase().startsWith("content-length:")) {
				contentLength = Integer.parseInt(line.substring(15).trim());
			}
		}
		for (int i = 0; i < contentLength; i++) {
			reader.read();
		}
	}

	private static void writeChunk(OutputStream out, String data) throws IOException {
		byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
		out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
