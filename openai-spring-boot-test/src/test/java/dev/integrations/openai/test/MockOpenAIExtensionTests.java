package dev.integrations.openai.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ChatMessage;
import dev.integrations.openai.chat.ContentPart;
import dev.integrations.openai.chat.FunctionDefinition;
import dev.integrations.openai.chat.MessageContent;
import dev.integrations.openai.chat.ResponseFormat;
import dev.integrations.openai.chat.ToolChoice;
import dev.integrations.openai.chat.UserMessage;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.embeddings.EmbeddingRequest;
import dev.integrations.openai.embeddings.EmbeddingResponse;
import dev.integrations.openai.embeddings.EncodingFormat;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.responses.Response;
import dev.integrations.openai.responses.ResponseRequest;
import dev.integrations.openai.responses.ResponseStatus;
import dev.integrations.openai.responses.StructuredResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link MockOpenAI} as a JUnit 5 extension in a plain test, with a client from {@link OpenAIClient#builder()}.
 */
class MockOpenAIExtensionTests {

	@RegisterExtension
	static MockOpenAI mock = MockOpenAI.start();

	private final OpenAIClient client = OpenAIClient.builder().config(mock.configBuilder().build()).build();

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void scriptedReplyAnswersTheCallAndTheRequestIsRecordedTyped() {
		mock.chat().replyWith("Hello, Ada!");

		ChatCompletion completion = this.client.chatCompletions().create(request("Greet Ada"));

		assertThat(completion.content()).isEqualTo("Hello, Ada!");
		assertThat(completion.object()).isEqualTo("chat.completion");
		assertThat(completion.model()).isEqualTo("gpt-4o-mini");
		assertThat(completion.choices().get(0).finishReason()).hasToString("STOP");
		assertThat(completion.usage()).isNotNull();
		ChatCompletionRequest sent = mock.chat().lastRequest();
		assertThat(sent.model()).isEqualTo("gpt-4o-mini");
		assertThat(sent.messages()).containsExactly(ChatMessage.user("Greet Ada"));
		assertThat(((UserMessage) sent.messages().get(0)).content()).isEqualTo(MessageContent.of("Greet Ada"));
		assertThat(mock.chat().lastRecordedRequest().header("Authorization")).isEqualTo("Bearer " + MockOpenAI.API_KEY);
		assertThat(mock.chat().requestCount()).isEqualTo(1);
	}

	@Test
	void recordedRequestReadsBackIntoTheClientsRequestTypeWithItsUnions() {
		mock.chat().replyWith("Sunny");
		ChatCompletionRequest request = ChatCompletionRequest.builder()
			.model("gpt-4o")
			.addUserMessage(ContentPart.text("What is in this picture?"), ContentPart.imageUrl("https://example.com/a.png"))
			.addFunctionTool(FunctionDefinition.of("get_weather", "Current weather of a city",
					Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")))))
			.toolChoice(ToolChoice.function("get_weather"))
			.stop("END", "STOP")
			.responseFormat(ResponseFormat.jsonObject())
			.build();

		this.client.chatCompletions().create(request);

		assertThat(mock.chat().lastRequest()).isEqualTo(request);
	}

	@Test
	void repliesComeInOrderAndTheLastOneRepeats() {
		mock.chat().replyWith("one").replyWith("two");

		List<String> replies = List.of(1, 2, 3)
			.stream()
			.map((i) -> this.client.chatCompletions().create(request("Count " + i)).content())
			.toList();

		assertThat(replies).containsExactly("one", "two", "two");
		assertThat(mock.chat().requests()).extracting((sent) -> sent.messages().get(0))
			.containsExactly(ChatMessage.user("Count 1"), ChatMessage.user("Count 2"), ChatMessage.user("Count 3"));
	}

	@Test
	void streamedReplyArrivesAsDeltasThroughTheClient() {
		mock.chat().streamReply("Hel", "lo");

		List<String> deltas = this.client.chatCompletions().streamTextAsync(request("Say hello")).collectList()
			.block(Duration.ofSeconds(30));

		assertThat(deltas).containsExactly("Hel", "lo");
		assertThat(mock.chat().lastRequest().stream()).isTrue();
	}

	@Test
	void streamedReplyIsServerSentEventsOfChatCompletionChunksEndingWithDone() throws Exception {
		mock.chat().streamReply("Hel", "lo");
		String body = "{\"model\":\"gpt-4o\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
				+ "\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}]}";

		HttpResponse<String> response = post("/chat/completions", body);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/event-stream"));
		String[] events = response.body().split("\n\n");
		assertThat(events).hasSize(6).allSatisfy((event) -> assertThat(event).startsWith("data: "));
		assertThat(events[5]).isEqualTo("data: [DONE]");
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> chunks = List.of(events).subList(0, 5).stream()
			.map((event) -> json.readTree(event.substring("data: ".length())))
			.toList();
		assertThat(chunks).allSatisfy((chunk) -> {
			assertThat(chunk.path("object").asString()).isEqualTo("chat.completion.chunk");
			assertThat(chunk.path("model").asString()).isEqualTo("gpt-4o");
			assertThat(chunk.path("id").asString()).isEqualTo(chunks.get(0).path("id").asString()).startsWith("chatcmpl-");
			assertThat(chunk.path("created").isIntegralNumber()).isTrue();
		});
		assertThat(chunks.get(0).at("/choices/0/delta/role").asString()).isEqualTo("assistant");
		assertThat(chunks.get(1).at("/choices/0/delta/content").asString()).isEqualTo("Hel");
		assertThat(chunks.get(1).at("/choices/0/delta").has("tool_calls")).isFalse();
		assertThat(chunks.get(2).at("/choices/0/delta/content").asString()).isEqualTo("lo");
		assertThat(chunks.get(3).at("/choices/0/finish_reason").asString()).isEqualTo("stop");
		assertThat(chunks.get(4).path("choices").isEmpty()).isTrue();
		assertThat(chunks.get(4).at("/usage/total_tokens").asLong()).isPositive();
	}

	@Test
	void embeddingsReplyWithTheGivenVectorsInBase64AsTheClientAsksAndAsNumbersOtherwise() {
		mock.embeddings().replyWith(new float[] { 0.25f, -0.5f }, new float[] { 1f, 0f });

		EmbeddingResponse base64 = this.client.embeddings()
			.create(EmbeddingRequest.builder().model("text-embedding-3-small").input(List.of("a", "b")).build());
		EmbeddingResponse floats = this.client.embeddings()
			.create(EmbeddingRequest.builder()
				.model("text-embedding-3-small")
				.input(List.of("a", "b"))
				.encodingFormat(EncodingFormat.FLOAT)
				.build());

		assertThat(base64.vectors()).containsExactly(new float[] { 0.25f, -0.5f }, new float[] { 1f, 0f });
		assertThat(floats.vectors()).containsExactly(new float[] { 0.25f, -0.5f }, new float[] { 1f, 0f });
		assertThat(mock.embeddings().recordedRequests().get(0).json().path("encoding_format").asString())
			.isEqualTo("base64");
		assertThat(mock.embeddings().recordedRequests().get(1).json().path("encoding_format").asString())
			.isEqualTo("float");
		assertThat(mock.embeddings().lastRequest().model()).isEqualTo("text-embedding-3-small");
	}

	@Test
	void responsesReplyIsACompletedResponseWithTheOutputText() {
		mock.responses().replyWith("Why did the bean fail? It was not qualified.");
		ResponseRequest request = ResponseRequest.builder().model("gpt-4o").input("Tell me a Spring joke").build();

		Response response = this.client.responses().create(request);

		assertThat(response.outputText()).isEqualTo("Why did the bean fail? It was not qualified.");
		assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
		assertThat(response.model()).isEqualTo("gpt-4o");
		assertThat(response.usage().totalTokens()).isPositive();
		assertThat(mock.responses().lastRequest()).isEqualTo(request);
	}

	@Test
	void responsesStructuredReplyIsReadBackByTheTypedCreate() {
		record Joke(String setup, String punchLine) {
		}
		mock.responses().replyWith(new Joke("Why did the bean fail?", "It was not qualified."));
		ResponseRequest request = ResponseRequest.builder().model("gpt-4o").input("Tell me a Spring joke").build();

		StructuredResponse<Joke> joke = this.client.responses().create(request, Joke.class);

		assertThat(joke.value()).isEqualTo(new Joke("Why did the bean fail?", "It was not qualified."));
		assertThat(mock.responses().lastRecordedRequest().json().path("text").path("format").path("schema")
			.path("required").toString()).isEqualTo("[\"setup\",\"punchLine\"]");
	}

	@Test
	void serverErrorIsRetriedByTheClientUntilTheScriptedReply() {
		mock.chat().failWith(500).replyWith("Recovered");

		assertThat(this.client.chatCompletions().create(request("Hi")).content()).isEqualTo("Recovered");
		assertThat(mock.chat().requestCount()).isEqualTo(2);
	}

	@Test
	void unscriptedRequestFailsLoudlyOnceAndVerifyReportsIt() {
		EmbeddingRequest request = EmbeddingRequest.of("text-embedding-3-small", "unscripted");

		assertThatExceptionOfType(OpenAIApiException.class)
			.isThrownBy(() -> this.client.embeddings().create(request))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(501);
				assertThat(ex.getMessage()).contains("MockOpenAI has no reply scripted for POST /v1/embeddings");
				assertThat(ex.attempts()).isEqualTo(1);
			});
		assertThat(mock.unscriptedRequests()).extracting(RecordedRequest::toString)
			.containsExactly("POST /v1/embeddings");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(mock::verify)
			.withMessageContaining("POST /v1/embeddings");
		mock.reset();
	}

	@Test
	void unknownPathAnswersAnOpenAIErrorNamingIt() throws Exception {
		HttpResponse<String> response = post("/images/generations", "{\"prompt\":\"a cat\"}");

		assertThat(response.statusCode()).isEqualTo(501);
		JsonNode error = JsonMapper.builder().build().readTree(response.body()).path("error");
		assertThat(error.path("message").asString()).contains("POST /v1/images/generations");
		assertThat(error.path("type").asString()).isEqualTo("invalid_request_error");
		assertThat(error.path("code").asString()).isEqualTo("unscripted_request");
		assertThat(error.has("param")).isTrue();
		assertThat(mock.unscriptedRequests()).hasSize(1);
		mock.reset();
	}

	private static ChatCompletionRequest request(String text) {
		return ChatCompletionRequest.builder().model("gpt-4o-mini").addUserMessage(text).build();
	}

	private static HttpResponse<String> post(String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
			.header("content-type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.timeout(Duration.ofSeconds(30))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
