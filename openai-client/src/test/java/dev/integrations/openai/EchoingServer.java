package dev.integrations.openai;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A hostile HTTP server on a raw loopback socket: it answers every request with the bytes a function builds from the
 * request's {@code Authorization} header, then closes the connection. For servers and proxies that echo the
 * credentials they received, which WireMock cannot do.
 */
public final class EchoingServer implements AutoCloseable {

	private final ServerSocket socket;

	private final AtomicInteger requests = new AtomicInteger();

	/**
	 * Starts the server.
	 * @param response builds the whole response (status line, headers, body) from the {@code Authorization} value
	 * @throws IOException if the socket cannot be opened
	 */
	public EchoingServer(Function<String, String> response) throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> accept(response), "echoing-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** @return the base URL, ending in {@code /v1} */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.socket.getLocalPort() + "/v1";
	}

	/** @return the number of requests answered */
	public int requests() {
		return this.requests.get();
	}

	/**
	 * A response with a body of known length.
	 * @param status the status line after {@code HTTP/1.1}, such as {@code 401 Unauthorized}
	 * @param headers extra header lines, each ending in CRLF
	 * @param contentType the content type
	 * @param body the body
	 * @return the raw response
	 */
	public static String response(String status, String headers, String contentType, String body) {
		return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n" + headers + "\r\n" + body;
	}

	private void accept(Function<String, String> response) {
		while (!this.socket.isClosed()) {
			try {
				Socket connection = this.socket.accept();
				Thread handler = new Thread(() -> answer(connection, response), "echoing-server-connection");
				handler.setDaemon(true);
				handler.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void answer(Socket connection, Function<String, String> response) {
		try (connection) {
			String authorization = readAuthorization(connection);
			this.requests.incrementAndGet();
			OutputStream out = connection.getOutputStream();
			out.write(response.apply(authorization).getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static String readAuthorization(Socket connection) throws IOException {
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
		String authorization = "";
		int contentLength = 0;
		String line;
		while ((line = reader.readLine()) != null && !line.isEmpty()) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("authorization:") || lower.startsWith("api-key:")) {
				authorization = line.substring(line.indexOf(':') + 1).trim();
			}
			else if (lower.startsWith("content-length:")) {
				contentLength = Integer.parseInt(line.substring(15).trim());
			}
		}
		for (int i = 0; i < contentLength; i++) {
			reader.read();
		}
		return authorization;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
