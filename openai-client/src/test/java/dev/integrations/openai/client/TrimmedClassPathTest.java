package dev.integrations.openai.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.files.FilePurpose;
import dev.integrations.openai.files.OpenAIFile;
import dev.integrations.openai.models.Model;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import io.netty.handler.codec.quic.Quic;
import io.netty.handler.ssl.SslContextBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import reactor.netty.http.client.HttpClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client on the class path its pom gives it, without Netty's native QUIC libraries: calls, streams and uploads
 * over TLS to a local HTTPS server whose self-signed certificate (for {@code 127.0.0.1}, made with {@code keytool})
 * the client trusts through its Reactor Netty customizer, and a fresh JVM that starts a client and calls it
 * without a single warning in its log (Netty's and Reactor Netty's loggers at DEBUG).
 */
class TrimmedClassPathTest {

	private static final String API_KEY = "sk-test-SECRET0123456789abcdef";

	private static final String PASSWORD = "changeit";

	private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addUserMessage("Say hello.")
		.build();

	@TempDir
	static Path temp;

	private static Path keyStore;

	private static X509Certificate certificate;

	private static WireMockServer server;

	private OpenAIClient client;

	@BeforeAll
	static void startHttpsServer() throws Exception {
		keyStore = selfSignedKeyStore(temp);
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStore)) {
			store.load(in, PASSWORD.toCharArray());
		}
		certificate = (X509Certificate) store.getCertificate("openai-test");
		server = new WireMockServer(wireMockConfig().httpDisabled(true)
			.dynamicHttpsPort()
			.bindAddress("127.0.0.1")
			.keystorePath(keyStore.toString())
			.keystoreType("PKCS12")
			.keystorePassword(PASSWORD)
			.keyManagerPassword(PASSWORD));
		server.start();
	}

	@AfterAll
	static void stopHttpsServer() {
		server.stop();
	}

	@BeforeEach
	void createClient() {
		server.resetAll();
		this.client = trustingClient(server.httpsPort(), certificate);
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void quicNativeLibrariesAreNotOnTheClassPathSoQuicIsUnavailable() throws IOException {
		assertThat(new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/native/*quiche*"))
			.as("native QUIC libraries").isEmpty();
		assertThat(Quic.isAvailable()).isFalse();
		assertThat(Quic.unavailabilityCause()).isNotNull();
	}

	@Test
	void chatCompletionOverTls() {
		server.stubFor(post("/v1/chat/completions").willReturn(okJson("""
				{"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion", "created": 1741569952,
				 "model": "gpt-4o-mini-2024-07-18",
				 "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello!", "refusal": null,
				   "annotations": []}, "logprobs": null, "finish_reason": "stop"}],
				 "usage": {"prompt_tokens": 10, "completion_tokens": 2, "total_tokens": 12}}
				""")));

		ChatCompletion completion = this.client.chatCompletions().create(REQUEST);

		assertThat(completion.content()).isEqualTo("Hello!");
		assertThat(completion.usage().totalTokens()).isEqualTo(12);
		server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withRequestBody(equalToJson("""
					{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Say hello."}]}
					""", false, false)));
	}

	@Test
	void streamOverTls() {
		String head = "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
				+ "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
		String tail = "\"},\"logprobs\":null,\"finish_reason\":null}]}";
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody("data: " + head + "Hel" + tail + "\n\ndata: " + head + "lo!" + tail + "\n\ndata: [DONE]\n\n")));

		try (BlockingStream<String> text = this.client.chatCompletions().streamText(REQUEST)) {
			assertThat(text.stream()).containsExactly("Hel", "lo!");
		}
		server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Accept", equalTo("text/event-stream"))
			.withRequestBody(equalToJson("{\"stream\": true}", true, true)));
	}

	@Test
	void uploadOverTls() throws IOException {
		byte[] jsonl = "{\"messages\": [{\"role\": \"user\", \"content\": \"Capital of France?\"}, {\"role\": \"assistant\", \"content\": \"Paris.\"}]}\n"
			.getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(temp.resolve("training_examples.jsonl"), jsonl);
		server.stubFor(post("/v1/files").willReturn(okJson("""
				{"id": "file-abc123", "object": "file", "bytes": 96, "created_at": 1719186911,
				 "filename": "training_examples.jsonl", "purpose": "fine-tune", "status": "processed"}
				""")));

		OpenAIFile uploaded = this.client.files().upload(file, FilePurpose.FINE_TUNE);

		assertThat(uploaded.id()).isEqualTo("file-abc123");
		MultipartRequests form = MultipartRequests.onlyRequest(server);
		assertThat(form.names()).containsExactly("file", "purpose");
		form.assertFile("file", "training_examples.jsonl", "application/octet-stream", jsonl);
	}

	@Test
	void freshJvmStartsTheClientAndCallsOverTlsWithoutAWarning() throws Exception {
		server.stubFor(get("/v1/models").willReturn(okJson("""
				{"object": "list", "data": [{"id": "gpt-4o-mini", "object": "model", "created": 1721172741,
				 "owned_by": "system"}]}
				""")));
		Path log = temp.resolve("fresh-jvm.log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), FreshJvm.class.getName(), Integer.toString(server.httpsPort()),
				keyStore.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean exited = process.waitFor(3, TimeUnit.MINUTES);
		if (!exited) {
			process.destroyForcibly();
		}
		List<String> lines = Files.readAllLines(log);

		assertThat(exited).as("the JVM finished").isTrue();
		assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
		assertThat(lines).as("what the fresh JVM printed").contains("models: [gpt-4o-mini]");
		assertThat(lines).as("its Netty and Reactor Netty DEBUG logs").anyMatch((line) -> line.contains(" DEBUG "));
		assertThat(lines).noneMatch((line) -> line.contains(" WARN ") || line.contains(" ERROR "));
	}

	private static OpenAIClient trustingClient(int port, X509Certificate trusted) {
		OpenAIConfig config = OpenAIConfig.builder()
			.baseUrl("https://127.0.0.1:" + port + "/v1")
			.apiKey(API_KEY)
			.responseTimeout(Duration.ofSeconds(60))
			.streamIdleTimeout(Duration.ofSeconds(60))
			.retry(new RetrySettings(0, Duration.ofMillis(1), Duration.ofMillis(1), 2.0, 0.0))
			.circuitBreaker(CircuitBreakerSettings.DISABLED)
			.build();
		UnaryOperator<HttpClient> tls = (http) -> http.secure((spec) -> {
			try {
				spec.sslContext(SslContextBuilder.forClient().trustManager(trusted).build());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return OpenAIClient.builder().config(config).httpClientCustomizer(tls).build();
	}

	/** A PKCS12 key store with a self-signed certificate for {@code 127.0.0.1}, made by the JDK's keytool. */
	private static Path selfSignedKeyStore(Path directory) throws IOException, InterruptedException {
		Path store = directory.resolve("server.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "openai-test", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
				"CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
				store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
			.redirectErrorStream(true)
			.start();
		String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(keytool.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(keytool.exitValue()).as(output).isZero();
		return store;
	}

	/** The fresh JVM: Netty's loggers at DEBUG, one client, one call over TLS, then exit. */
	static final class FreshJvm {

		private FreshJvm() {
		}

		public static void main(String[] args) throws IOException, GeneralSecurityException {
			((Logger) LoggerFactory.getLogger("io.netty")).setLevel(Level.DEBUG);
			((Logger) LoggerFactory.getLogger("reactor.netty")).setLevel(Level.DEBUG);
			KeyStore store = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
				store.load(in, PASSWORD.toCharArray());
			}
			try (OpenAIClient client = trustingClient(Integer.parseInt(args[0]),
					(X509Certificate) store.getCertificate("openai-test"))) {
				System.out.println("models: " + client.models().list().stream().map(Model::id).toList());
			}
		}

	}

}
