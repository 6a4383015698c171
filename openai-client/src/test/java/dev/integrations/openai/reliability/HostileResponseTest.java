package dev.integrations.openai.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.UnexpectedStatusException;
import org.junit.jupiter.api.Test;

import static dev.integrations.openai.reliability.RawHttpServer.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Answers the client must not take for a result, from raw socket servers: redirects, streams that are no event
 * stream, compressed bodies (decoded, or refused typed when they are not what they claim), huge headers, and a
 * stream server that never closes after {@code [DONE]}.
 */
class HostileResponseTest extends ReliabilitySupport {

	private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addUserMessage("Say hello")
		.build();

	private static final String COMPLETION = "{\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\",\"object\":"
			+ "\"chat.completion\",\"created\":1741569952,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,"
			+ "\"message\":{\"role\":\"assistant\",\"content\":\"Hello! How can I help?\"},\"finish_reason\":\"stop\"}],"
			+ "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":7,\"total_tokens\":16}}";

	private static final String CHUNK = "data: {\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"object\":"
			+ "\"chat.completion.chunk\",\"created\":1741570283,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":"
			+ "[{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]}\n\n";

	private static final Duration GENEROUS = Duration.ofSeconds(30);

	private final List<RawHttpServer> servers = new java.util.ArrayList<>();

	private RawHttpServer server(RawHttpServer.Script script) throws IOException {
		RawHttpServer server = new RawHttpServer(script);
		this.servers.add(server);
		return server;
	}

	@org.junit.jupiter.api.AfterEach
	void closeServers() throws IOException {
		for (RawHttpServer server : this.servers) {
			server.close();
		}
	}

	private static RawHttpServer.Script respond(String head, byte[] body) {
		return (out) -> {
			out.write(ascii(head + "Content-Length: " + body.length + "\r\n\r\n"));
			out.write(body);
			out.flush();
		};
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(ascii(text));
		}
		return bytes.toByteArray();
	}

	@Test
	void streamCompletesAtDoneAndClosesTheConnectionThoughTheServerKeepsSendingComments() throws Exception {
		RawHttpServer server = server((out) -> {
			out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"));
			writeChunk(out, CHUNK + "data: [DONE]\n\n" + CHUNK);
			for (int i = 0; i < 6000; i++) {
				writeChunk(out, ": keep-alive\n\n");
				Thread.sleep(10);
			}
		});
		OpenAIClient client = client(config(server.baseUrl()).build());

		List<ChatCompletionChunk> chunks = client.chatCompletions().streamAsync(REQUEST).collectList().block(GENEROUS);

		assertThat(chunks).singleElement()
			.satisfies((chunk) -> assertThat(chunk.id()).isEqualTo("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG"));
		assertThat(server.awaitClientClosed(30)).as("server saw the connection closed").isTrue();
		assertPoolDrained(client);
	}

	@Test
	void redirectIsNeitherFollowedNorTakenAsTheAnswer() throws Exception {
		RawHttpServer elsewhere = server(respond("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n", ascii(COMPLETION)));
		RawHttpServer server = server(respond("HTTP/1.1 307 Temporary Redirect\r\nContent-Type: application/json\r\n"
				+ "Location: " + elsewhere.baseUrl() + "/chat/completions\r\n", ascii(COMPLETION)));
		OpenAIClient client = client(config(server.baseUrl()).build());

		assertThatExceptionOfType(UnexpectedStatusException.class).isThrownBy(() -> client.chatCompletions().create(REQUEST))
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(307))
			.withMessageContaining("HTTP 307")
			.withMessageContaining("redirect to " + elsewhere.baseUrl() + "/chat/completions not followed");
		assertThatExceptionOfType(UnexpectedStatusException.class)
			.isThrownBy(() -> client.chatCompletions().streamAsync(REQUEST).blockLast(GENEROUS))
			.withMessageContaining("HTTP 307");
		assertThat(elsewhere.requestHeads()).isEmpty();
		assertPoolDrained(client);
	}

	@Test
	void streamAnsweredWithAnHtmlPageFailsTypedWithStatusContentTypeAndExcerpt() throws Exception {
		RawHttpServer server = server(respond("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n",
				ascii("<html><body><h1>Captive portal</h1><p>Sign in to continue</p></body></html>")));
		OpenAIClient client = client(config(server.baseUrl()).build());

		assertThatExceptionOfType(OpenAIResponseException.class)
			.isThrownBy(() -> client.chatCompletions().streamAsync(REQUEST).blockLast(GENEROUS))
			.withMessageContaining("Expected text/event-stream")
			.withMessageContaining("HTTP 200")
			.withMessageContaining("text/html")
			.withMessageContaining("Captive portal Sign in to continue");
		assertPoolDrained(client);
	}

	@Test
	void gzipBodiesAreAskedForAndDecodedForCallsAndStreams() throws Exception {
		RawHttpServer unary = server(respond("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
				+ "Content-Encoding: gzip\r\n", gzip(COMPLETION)));
		RawHttpServer stream = server(respond("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
				+ "Content-Encoding: gzip\r\n", gzip(CHUNK + CHUNK + "data: [DONE]\n\n")));

		ChatCompletion completion = client(config(unary.baseUrl()).build()).chatCompletions().create(REQUEST);
		List<ChatCompletionChunk> chunks = client(config(stream.baseUrl()).build()).chatCompletions()
			.streamAsync(REQUEST)
			.collectList()
			.block(GENEROUS);

		assertThat(completion.content()).isEqualTo("Hello! How can I help?");
		assertThat(chunks).hasSize(2);
		assertThat(unary.requestHeads().get(0)).containsIgnoringCase("accept-encoding: gzip");
		assertThat(stream.requestHeads().get(0)).containsIgnoringCase("accept-encoding: gzip");
	}

	@Test
	void bodyClaimingGzipThatIsNotFailsTypedAndNeverEndsAStreamEmpty() throws Exception {
		RawHttpServer unary = server(respond("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
				+ "Content-Encoding: gzip\r\n", ascii(COMPLETION)));
		RawHttpServer stream = server(respond("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
				+ "Content-Encoding: gzip\r\n", ascii(CHUNK + "data: [DONE]\n\n")));

		OpenAIClient unaryClient = client(config(unary.baseUrl()).build());
		OpenAIClient streamClient = client(config(stream.baseUrl()).build());
		assertThatExceptionOfType(OpenAIResponseException.class)
			.isThrownBy(() -> unaryClient.chatCompletions().create(REQUEST))
			.withMessageContaining("compressed");
		assertThatExceptionOfType(OpenAIResponseException.class)
			.isThrownBy(() -> streamClient.chatCompletions().streamAsync(REQUEST).blockLast(GENEROUS))
			.withMessageContaining("compressed");
		assertPoolDrained(unaryClient);
		assertPoolDrained(streamClient);
	}

	@Test
	void encodingTheClientDoesNotDecodeFailsTyped() throws Exception {
		RawHttpServer server = server(respond("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
				+ "Content-Encoding: x-custom\r\n", ascii(COMPLETION)));
		OpenAIClient client = client(config(server.baseUrl()).build());

		assertThatExceptionOfType(OpenAIResponseException.class).isThrownBy(() -> client.chatCompletions().create(REQUEST))
			.withMessageContaining("Content-Encoding x-custom");
		assertThatExceptionOfType(OpenAIResponseException.class)
			.isThrownBy(() -> client.chatCompletions().streamAsync(REQUEST).blockLast(GENEROUS))
			.withMessageContaining("Content-Encoding x-custom");
		assertPoolDrained(client);
	}

	@Test
	void responseHeadersOf20KibAreAcceptedByDefault() throws Exception {
		String bigHeader = "x-debug-trace: " + "a".repeat(20 * 1024) + "\r\n";
		RawHttpServer server = server(respond("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + bigHeader,
				ascii(COMPLETION)));
		OpenAIClient client = client(config(server.baseUrl()).build());
		OpenAIClient strict = client(config(server.baseUrl()).maxResponseHeaderSize(8 * 1024).build());

		assertThat(client.chatCompletions().create(REQUEST).content()).isEqualTo("Hello! How can I help?");
		assertThatExceptionOfType(dev.integrations.openai.errors.OpenAIException.class)
			.isThrownBy(() -> strict.chatCompletions().create(REQUEST));
	}

	private static void writeChunk(OutputStream out, String data) throws IOException {
		byte[] bytes = ascii(data);
		out.write(ascii(Integer.toHexString(bytes.length) + "\r\n"));
		out.write(bytes);
		out.write(ascii("\r\n"));
		out.flush();
	}

}
