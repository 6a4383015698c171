package dev.integrations.openai.test;

import java.time.Duration;
import java.util.List;

import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.chat.FinishReason;
import dev.integrations.openai.chat.ResponseFormat;
import dev.integrations.openai.chat.StructuredCompletion;
import dev.integrations.openai.chat.ToolCall;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.RateLimitException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AutoConfigureMockOpenAI} on a {@code @SpringBootTest}: the starter's {@link ChatCompletionService} (and a
 * named client's) talk to the mock, with no {@code openai.api-key} or {@code openai.base-url} configured for the
 * top-level client and a named client configured for a host that does not exist.
 */
@SpringBootTest(properties = { "openai.retry.initial-backoff=10ms", "openai.retry.jitter=0",
		"openai.clients.backup.base-url=https://openai.invalid/v1", "openai.clients.backup.api-key=sk-not-used" })
@AutoConfigureMockOpenAI
class AutoConfigureMockOpenAITests {

	@Autowired
	private MockOpenAI mock;

	@Autowired
	private ChatCompletionService chat;

	@Autowired
	@Qualifier("backup")
	private ChatCompletionService backupChat;

	@Test
	void blockingCallGetsTheScriptedReply() {
		this.mock.chat().replyWith("Hello from the mock");

		assertThat(this.chat.create(request("Hi")).content()).isEqualTo("Hello from the mock");
		assertThat(this.mock.chat().lastRequest().messages()).hasSize(1);
		assertThat(this.mock.chat().lastRecordedRequest().header("authorization"))
			.isEqualTo("Bearer " + MockOpenAI.API_KEY);
	}

	@Test
	void streamingCallGetsTheScriptedDeltas() {
		this.mock.chat().streamReply("Hel", "lo", "!");

		List<String> deltas = this.chat.streamTextAsync(request("Hi")).collectList().block(Duration.ofSeconds(30));

		assertThat(deltas).containsExactly("Hel", "lo", "!");
	}

	@Test
	void toolCallReplyCarriesTheFunctionAndItsArguments() {
		this.mock.chat().callTool("get_weather", new WeatherQuery("Paris", "celsius"));

		ChatCompletion completion = this.chat.create(request("Weather in Paris?"));

		assertThat(completion.choices().get(0).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(completion.choices().get(0).message().toolCalls()).singleElement()
			.isInstanceOfSatisfying(ToolCall.Function.class, (call) -> {
				assertThat(call.id()).startsWith("call_");
				assertThat(call.function().name()).isEqualTo("get_weather");
				assertThat(call.function().arguments()).isEqualTo("{\"city\":\"Paris\",\"unit\":\"celsius\"}");
			});
	}

	@Test
	void structuredReplyIsTheObjectAsJsonContent() {
		this.mock.chat().replyWith(new Person("Ada Lovelace", 36));
		ChatCompletionRequest request = ChatCompletionRequest.builder()
			.model("gpt-4o")
			.addUserMessage("Who wrote the first program?")
			.responseFormat(ResponseFormat.jsonObject())
			.build();

		String content = this.chat.create(request).content();

		assertThat(JsonMapper.builder().build().readValue(content, Person.class))
			.isEqualTo(new Person("Ada Lovelace", 36));
		assertThat(this.mock.chat().lastRequest().responseFormat()).isEqualTo(ResponseFormat.jsonObject());
	}

	@Test
	void structuredReplyIsReadBackByTheTypedCreateWithTheGeneratedSchemaSent() {
		this.mock.chat().replyWith(new Person("Ada Lovelace", 36));
		ChatCompletionRequest request = ChatCompletionRequest.builder()
			.model("gpt-4o")
			.addUserMessage("Who wrote the first program?")
			.build();

		StructuredCompletion<Person> result = this.chat.create(request, Person.class);

		assertThat(result.value()).isEqualTo(new Person("Ada Lovelace", 36));
		assertThat(result.completion().model()).isEqualTo("gpt-4o");
		assertThat(this.mock.chat().lastRequest().responseFormat()).isEqualTo(ResponseFormat.jsonSchema(Person.class));
	}

	@Test
	void toolCallArgumentsAreReadBackAsTheToolsType() {
		this.mock.chat().callTool("get_weather", new WeatherQuery("Paris", "celsius"));

		ChatCompletion completion = this.chat.create(request("Weather in Paris?"));

		assertThat(completion.choices().get(0).message().toolCalls()).singleElement()
			.isInstanceOfSatisfying(ToolCall.Function.class, (call) -> assertThat(call.arguments(WeatherQuery.class))
				.isEqualTo(new WeatherQuery("Paris", "celsius")));
	}

	@Test
	void rateLimitWithRetryAfterIsRetriedThenSucceeds() {
		this.mock.chat().failWith(429, Duration.ofMillis(20)).replyWith("After the wait");

		assertThat(this.chat.create(request("Hi")).content()).isEqualTo("After the wait");
		assertThat(this.mock.chat().requestCount()).isEqualTo(2);
	}

	@Test
	void rateLimitThatPersistsRaisesRateLimitExceptionWithTheRetryAfter() {
		this.mock.chat().failWith(429, Duration.ofMillis(20));

		assertThatExceptionOfType(RateLimitException.class).isThrownBy(() -> this.chat.create(request("Hi")))
			.satisfies((ex) -> {
				assertThat(ex.retryAfter()).contains(Duration.ofMillis(20));
				assertThat(ex.error().code()).isEqualTo("rate_limit_exceeded");
				assertThat(ex.attempts()).isEqualTo(3);
			});
		assertThat(this.mock.chat().requestCount()).isEqualTo(3);
	}

	@Test
	void serverErrorThatPersistsRaisesInternalServerException() {
		this.mock.chat().failWith(500);

		assertThatExceptionOfType(InternalServerException.class).isThrownBy(() -> this.chat.create(request("Hi")))
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(500));
		assertThat(this.mock.chat().requestCount()).isEqualTo(3);
	}

	@Test
	void unscriptedRequestFailsLoudly() {
		assertThatExceptionOfType(OpenAIApiException.class).isThrownBy(() -> this.chat.create(request("Hi")))
			.withMessageContaining("MockOpenAI has no reply scripted for POST /v1/chat/completions");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(this.mock::verify)
			.withMessageContaining("POST /v1/chat/completions");
		this.mock.reset();
	}

	@Test
	void namedClientIsPointedAtTheMockToo() {
		this.mock.chat().replyWith("From the backup");

		assertThat(this.backupChat.create(request("Hi")).content()).isEqualTo("From the backup");
		assertThat(this.mock.chat().lastRecordedRequest().header("authorization"))
			.isEqualTo("Bearer " + MockOpenAI.API_KEY);
	}

	private static ChatCompletionRequest request(String text) {
		return ChatCompletionRequest.builder().model("gpt-4o-mini").addUserMessage(text).build();
	}

	record Person(String fullName, int age) {
	}

	record WeatherQuery(String city, String unit) {
	}

	@SpringBootApplication
	static class TestApplication {

	}

}
