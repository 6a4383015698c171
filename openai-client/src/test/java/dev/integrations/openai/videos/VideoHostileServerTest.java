package dev.integrations.openai.videos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.errors.AuthenticationException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.errors.UnexpectedStatusException;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Video downloads and calls against servers that misbehave on a raw socket: a body shorter than its
 * {@code Content-Length}, a download that stalls, a reset midway, a redirect to another host and an error body that
 * echoes the API key; and a target stream that fails. Each ends with a typed error, never sends the key elsewhere
 * and frees its connection.
 */
class VideoHostileServerTest {

	private static final String VIDEO_ID = VideoServiceTest.VIDEO_ID;

	private static final Duration GENEROUS = Duration.ofSeconds(60);

	private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

	@TempDir
	Path temp;

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable resource : this.resources) {
			resource.close();
		}
	}

	@Test
	void aBodyShorterThanItsContentLengthIsAConnectionErrorNotASuccess() throws Exception {
		Hostile server = serve((out) -> {
			out.write(head("200 OK", "video/mp4", "Content-Length: 100000\r\n"));
			out.write(new byte[40_000]);
			out.flush();
		});
		OpenAIClient client = client(server, Duration.ofSeconds(30));

		assertThatThrownBy(() -> client.videos()
			.downloadContent(VIDEO_ID, VideoContentVariant.VIDEO, this.temp.resolve("short.mp4")))
			.isInstanceOf(OpenAIConnectionException.class);
		StepVerifier.create(client.videos().contentAsync(VIDEO_ID, VideoContentVariant.VIDEO))
			.thenConsumeWhile((buffer) -> true)
			.expectError(OpenAIConnectionException.class)
			.verify(GENEROUS);
		assertPoolDrained(client);
	}

	@Test
	void aDownloadThatStallsMidwayHitsTheIdleTimeoutAndFreesItsConnection() throws Exception {
		Hostile server = serve((out) -> {
			out.write(head("200 OK", "video/mp4", "Content-Length: 100000\r\n"));
			out.write(new byte[10_000]);
			out.flush();
			Thread.sleep(120_000);
		});
		OpenAIClient client = client(server, Duration.ofSeconds(2));

		assertThatThrownBy(() -> client.videos()
			.downloadContent(VIDEO_ID, VideoContentVariant.VIDEO, this.temp.resolve("stalled.mp4")))
			.isInstanceOf(OpenAITimeoutException.class);
		assertPoolDrained(client);
	}

	@Test
	void aDownloadResetMidwayIsAConnectionErrorAndFreesItsConnection() throws Exception {
		Hostile server = serve((out) -> {
			out.write(head("200 OK", "video/mp4", "Transfer-Encoding: chunked\r\n"));
			out.write("2710\r\n".getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[10_000]);
			out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			throw new ResetException();
		});
		OpenAIClient client = client(server, Duration.ofSeconds(30));

		StepVerifier.create(client.videos().downloadContentAsync(VIDEO_ID, VideoContentVariant.VIDEO,
				this.temp.resolve("reset.mp4")))
			.expectError(OpenAIConnectionException.class)
			.verify(GENEROUS);
		assertPoolDrained(client);
	}

	@Test
	void aTargetStreamThatFailsCancelsTheDownloadAndFreesItsConnection() throws Exception {
		Hostile server = serve((out) -> {
			out.write(head("200 OK", "video/mp4", "Content-Length: 4000000\r\n"));
			for (int i = 0; i < 400; i++) {
				out.write(new byte[10_000]);
				out.flush();
			}
		});
		OpenAIClient client = client(server, Duration.ofSeconds(30));
		OutputStream full = new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				write(0);
			}

		};

		assertThatThrownBy(() -> client.videos().downloadContent(VIDEO_ID, VideoContentVariant.VIDEO, full))
			.isInstanceOf(java.io.UncheckedIOException.class)
			.hasMessageContaining("No space left on device");
		assertPoolDrained(client);
	}

	@Test
	void aRedirectOfTheContentToAnotherHostIsNotFollowedSoTheKeyStaysHome() throws Exception {
		Hostile elsewhere = serve((out) -> out.write(head("200 OK", "video/mp4", "Content-Length: 0\r\n")));
		Hostile server = serve((out) -> out.write(head("302 Found", "text/plain",
				"Location: " + elsewhere.baseUrl() + "/videos/" + VIDEO_ID + "/content\r\nContent-Length: 0\r\n")));
		OpenAIClient client = client(server, Duration.ofSeconds(30));

		assertThatThrownBy(() -> client.videos()
			.downloadContent(VIDEO_ID, VideoContentVariant.VIDEO, this.temp.resolve("moved.mp4")))
			.isInstanceOfSatisfying(UnexpectedStatusException.class,
					(ex) -> assertThat(ex.statusCode()).isEqualTo(302));
		assertThat(server.heads()).singleElement().asString().contains("Bearer " + WireMockSupport.API_KEY);
		assertThat(elsewhere.heads()).isEmpty();
		assertThat(this.temp.resolve("moved.mp4")).doesNotExist();
		assertPoolDrained(client);
	}

	@Test
	void anErrorBodyEchoingTheKeyNeverPutsItIntoTheException() throws Exception {
		byte[] body = ("{\"error\": {\"message\": \"Incorrect API key provided: " + WireMockSupport.API_KEY
				+ ". You can find your API key at https://platform.openai.com/account/api-keys.\", \"type\": "
				+ "\"invalid_request_error\", \"param\": null, \"code\": \"invalid_api_key\"}}")
			.getBytes(StandardCharsets.UTF_8);
		Hostile server = serve((out) -> {
			out.write(head("401 Unauthorized", "application/json", "Content-Length: " + body.length + "\r\n"));
			out.write(body);
		});
		OpenAIClient client = client(server, Duration.ofSeconds(30));

		assertThatThrownBy(() -> client.videos().retrieve(VIDEO_ID))
			.isInstanceOfSatisfying(AuthenticationException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("invalid_api_key");
				assertThat(ex.getMessage()).doesNotContain(WireMockSupport.API_KEY).doesNotContain("SECRET0123");
				assertThat(ex.toString()).doesNotContain("SECRET0123");
			});
		assertThatThrownBy(() -> client.videos()
			.downloadContent(VIDEO_ID, VideoContentVariant.THUMBNAIL, this.temp.resolve("thumb.webp")))
			.isInstanceOf(OpenAIException.class)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("SECRET0123"));
		assertPoolDrained(client);
	}

	private OpenAIClient client(Hostile server, Duration idleTimeout) {
		OpenAIClient client = OpenAIClient.builder()
			.config(OpenAIConfig.builder()
				.baseUrl(server.baseUrl())
				.apiKey(WireMockSupport.API_KEY)
				.connectTimeout(Duration.ofSeconds(30))
				.responseTimeout(Duration.ofSeconds(30))
				.streamIdleTimeout(idleTimeout)
				.retry(RetrySettings.NONE)
				.circuitBreaker(CircuitBreakerSettings.DISABLED)
				.build())
			.build();
		this.resources.add(client);
		return client;
	}

	private static void assertPoolDrained(OpenAIClient client) {
		await("connections released").atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(client.connectionPoolStats()).get().satisfies((stats) -> {
				assertThat(stats.active()).as("active connections").isZero();
				assertThat(stats.pending()).as("pending acquisitions").isZero();
			}));
	}

	private static byte[] head(String status, String contentType, String more) {
		return ("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\n" + more + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private Hostile serve(Script script) throws IOException {
		Hostile server = new Hostile(script);
		this.resources.add(server);
		return server;
	}

	/** Writes one response on the raw connection; throwing {@link ResetException} resets it (RST). */
	@FunctionalInterface
	private interface Script {

		void respond(OutputStream out) throws IOException, InterruptedException;

	}

	/** Thrown by a script to reset the connection instead of closing it. */
	private static final class ResetException extends IOException {

	}

	/** A loopback server that answers every request with its script, recording each request head. */
	private static final class Hostile implements AutoCloseable {

		private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final List<String> heads = new CopyOnWriteArrayList<>();

		Hostile(Script script) throws IOException {
			daemon("hostile-video-accept", () -> {
				while (!this.socket.isClosed()) {
					try {
						Socket connection = this.socket.accept();
						daemon("hostile-video", () -> serve(connection, script));
					}
					catch (IOException ex) {
						return;
					}
				}
			});
		}

		private static void daemon(String name, Runnable task) {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			thread.start();
		}

		String baseUrl() {
			return "http://127.0.0.1:" + this.socket.getLocalPort() + "/v1";
		}

		List<String> heads() {
			return this.heads;
		}

		private void serve(Socket connection, Script script) {
			try (connection) {
				this.heads.add(readHead(connection.getInputStream()));
				try {
					script.respond(connection.getOutputStream());
					connection.getOutputStream().flush();
				}
				catch (ResetException ex) {
					connection.setSoLinger(true, 0);
				}
			}
			catch (IOException | InterruptedException ex) {
				// the client went away
			}
		}

		private static String readHead(InputStream in) throws IOException {
			StringBuilder head = new StringBuilder();
			while (!head.toString().endsWith("\r\n\r\n")) {
				int next = in.read();
				if (next < 0) {
					break;
				}
				head.append((char) next);
			}
			return head.toString();
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

}
