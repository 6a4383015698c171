package dev.integrations.openai.samples.chat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample as Spring AOT built it ({@code process-aot}): started in a JVM of its own with
 * {@code -Dspring.aot.enabled=true}, the generated classes and the run-time class path, in demo mode, and asked for
 * streamed replies over HTTP, from the top-level client and from the named client {@code local}. Runs in the
 * {@code aot-tests} execution of {@code mvn verify}, after {@code prepare-package}, which sets {@code aot.classes}
 * and {@code aot.runtimeClasspath}.
 */
@EnabledIfSystemProperty(named = "aot.classes", matches = ".+")
class ChatAppAotIT {

	private static final Pattern STARTED = Pattern.compile("Netty started on port (\\d+)");

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Process app;

	private static Path log;

	private static int port;

	@BeforeAll
	static void startAotProcessedApplication() throws IOException {
		Path classes = Path.of(System.getProperty("aot.classes"));
		String dependencies = Files.readString(Path.of(System.getProperty("aot.runtimeClasspath"))).trim();
		log = Files.createTempFile("chat-app-aot", ".log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dspring.aot.enabled=true", "-cp", classes + File.pathSeparator + dependencies,
				ChatApplication.class.getName(), "--server.port=0", "--server.address=127.0.0.1",
				"--chat-app.demo.first-chunk-latency=10ms", "--chat-app.demo.min-token-delay=1ms",
				"--chat-app.demo.max-token-delay=2ms", "--chat-app.demo.rate-limit-every=0")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().remove("OPENAI_API_KEY");
		app = builder.start();
		await().atMost(STARTUP).pollInterval(Duration.ofMillis(200)).until(() -> startedPort() > 0 || !app.isAlive());
		port = startedPort();
		assertThat(port).as("port of the started application; its log:%n%s", output()).isPositive();
	}

	@AfterAll
	static void stopApplication() throws InterruptedException {
		if (app != null) {
			app.destroy();
			if (!app.waitFor(1, TimeUnit.MINUTES)) {
				app.destroyForcibly();
			}
		}
	}

	@Test
	void buildGeneratedTheContextAndTheClientsNativeHints() throws IOException {
		Path classes = Path.of(System.getProperty("aot.classes"));
		assertThat(classes.resolve("dev/integrations/openai/samples/chat/ChatApplication__ApplicationContextInitializer.class"))
			.exists();
		String metadata;
		try (Stream<Path> files = Files.walk(classes.resolve("META-INF/native-image"))) {
			metadata = String.join("\n", files.filter((file) -> file.toString().endsWith(".json"))
				.map(ChatAppAotIT::read)
				.toList());
		}
		assertThat(metadata).as("reflection hints from the client's ClientRuntimeHints")
			.contains("\"dev.integrations.openai.chat.ChatCompletionChunk\"",
					"\"dev.integrations.openai.chat.DefaultChatCompletionService\"",
					"\"dev.integrations.openai.responses.ResponseStreamEvent$Unknown\"");
	}

	@Test
	void aotProcessedApplicationStreamsADemoReply() throws Exception {
		assertThat(output()).contains("Starting AOT-processed ChatApplication");

		List<Map.Entry<String, String>> events = chat("{\"messages\": [{\"role\": \"user\", \"content\": \"Hello there!\"}]}");

		List<String> deltas = events.stream().filter((event) -> event.getKey().equals("delta")).map(Map.Entry::getValue).toList();
		assertThat(deltas).hasSizeGreaterThan(10);
		assertThat(String.join("", deltas.stream().map(ChatAppAotIT::text).toList()))
			.startsWith("Hello! I am the demo backend");
		assertThat(events.get(events.size() - 1).getKey()).isEqualTo("done");
		assertThat(events.get(events.size() - 1).getValue()).contains("\"client\":\"default\"",
				"\"finishReason\":\"stop\"", "\"model\":\"gpt-4o-mini\"");
	}

	@Test
	void namedClientOfTheAotProcessedApplicationStreamsToo() throws Exception {
		List<Map.Entry<String, String>> events = chat(
				"{\"client\": \"local\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello there!\"}]}");

		assertThat(events).filteredOn((event) -> event.getKey().equals("delta")).hasSizeGreaterThan(10);
		assertThat(events.get(events.size() - 1).getKey()).isEqualTo("done");
		assertThat(events.get(events.size() - 1).getValue()).contains("\"client\":\"local\"",
				"\"finishReason\":\"stop\"");
	}

	/** Posts a conversation to the page's chat endpoint and reads the whole event stream. */
	private static List<Map.Entry<String, String>> chat(String conversation) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
			.timeout(Duration.ofMinutes(2))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(conversation))
			.build();
		HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		return events(response.body().toList());
	}

	/** The server-sent events of a body, as (event name, data) pairs. */
	private static List<Map.Entry<String, String>> events(List<String> lines) {
		List<Map.Entry<String, String>> events = new ArrayList<>();
		String name = "message";
		for (String line : lines) {
			if (line.startsWith("event:")) {
				name = line.substring("event:".length()).trim();
			}
			else if (line.startsWith("data:")) {
				events.add(Map.entry(name, line.substring("data:".length())));
				name = "message";
			}
		}
		return events;
	}

	/** The text of a delta's data, {@code {"text":"..."}}. */
	private static String text(String data) {
		return JSON.readTree(data).path("text").asString();
	}

	private static int startedPort() {
		Matcher matcher = STARTED.matcher(output());
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	private static String output() {
		return read(log);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
