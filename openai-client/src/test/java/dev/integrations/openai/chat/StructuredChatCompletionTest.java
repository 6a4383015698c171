package dev.integrations.openai.chat;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.integrations.openai.common.RawResponse;
import dev.integrations.openai.errors.OutputParseException;
import dev.integrations.openai.errors.RefusalException;
import dev.integrations.openai.errors.StructuredOutputException;
import dev.integrations.openai.errors.TruncatedOutputException;
import dev.integrations.openai.internal.UserJson;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Structured Outputs and function tools from Java types on the Chat Completions API, against WireMock.
 */
class StructuredChatCompletionTest extends ChatWireMockTest {

	enum Priority {

		@JsonProperty("low")
		LOW,

		@JsonProperty("high")
		HIGH

	}

	record Attendee(String firstName, String lastName, Optional<String> email) {
	}

	record CalendarEvent(@JsonPropertyDescription("Short title of the event") String eventName, String date,
			List<Attendee> participants, Priority priority) {
	}

	record WeatherQuery(String city, @JsonProperty("unit") Priority detail) {
	}

	private static final String SCHEMA = """
			{
			  "type": "object",
			  "properties": {
			    "eventName": {"type": "string", "description": "Short title of the event"},
			    "date": {"type": "string"},
			    "participants": {"type": "array", "items": {
			      "type": "object",
			      "properties": {
			        "firstName": {"type": "string"},
			        "lastName": {"type": "string"},
			        "email": {"type": ["string", "null"]}
			      },
			      "required": ["firstName", "lastName", "email"],
			      "additionalProperties": false
			    }},
			    "priority": {"type": "string", "enum": ["low", "high"]}
			  },
			  "required": ["eventName", "date", "participants", "priority"],
			  "additionalProperties": false
			}
			""";

	private static final String EVENT_JSON = "{\\\"eventName\\\":\\\"Science Fair\\\",\\\"date\\\":\\\"Friday\\\","
			+ "\\\"participants\\\":[{\\\"firstName\\\":\\\"Alice\\\",\\\"lastName\\\":\\\"Lee\\\",\\\"email\\\":null},"
			+ "{\\\"firstName\\\":\\\"Bob\\\",\\\"lastName\\\":\\\"Kim\\\",\\\"email\\\":\\\"bob@example.com\\\"}],"
			+ "\\\"priority\\\":\\\"high\\\"}";

	private static ChatCompletionRequest request() {
		return ChatCompletionRequest.builder()
			.model("gpt-4o-2024-08-06")
			.addSystemMessage("Extract the event information.")
			.addUserMessage("Alice and Bob are going to a science fair on Friday.")
			.build();
	}

	private static String completion(String message, String finishReason) {
		return """
				{
				  "id": "chatcmpl-AbC9zQ1structured",
				  "object": "chat.completion",
				  "created": 1741570283,
				  "model": "gpt-4o-2024-08-06",
				  "choices": [{"index": 0, "message": %s, "logprobs": null, "finish_reason": "%s"}],
				  "usage": {"prompt_tokens": 92, "completion_tokens": 41, "total_tokens": 133}
				}
				""".formatted(message, finishReason);
	}

	private void reply(String message, String finishReason) {
		this.server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_5f1c2b7e9a")
			.withBody(completion(message, finishReason))));
	}

	private void replyContent(String escapedJson) {
		reply("{\"role\": \"assistant\", \"content\": \"" + escapedJson + "\", \"refusal\": null}", "stop");
	}

	@Test
	void createWithATypeSendsTheGeneratedStrictSchemaAndReadsTheAnswerWithTheTypesOwnNames() {
		replyContent(EVENT_JSON);

		StructuredCompletion<CalendarEvent> result = this.client.chatCompletions()
			.create(request(), CalendarEvent.class);

		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{
				  "model": "gpt-4o-2024-08-06",
				  "messages": [
				    {"role": "system", "content": "Extract the event information."},
				    {"role": "user", "content": "Alice and Bob are going to a science fair on Friday."}
				  ],
				  "response_format": {
				    "type": "json_schema",
				    "json_schema": {"name": "CalendarEvent", "strict": true, "schema": %s}
				  }
				}
				""".formatted(SCHEMA), false, false)));
		assertThat(result.value()).isEqualTo(new CalendarEvent("Science Fair", "Friday",
				List.of(new Attendee("Alice", "Lee", Optional.empty()),
						new Attendee("Bob", "Kim", Optional.of("bob@example.com"))),
				Priority.HIGH));
		assertThat(result.completion().id()).isEqualTo("chatcmpl-AbC9zQ1structured");
		assertThat(result.completion().tokenUsage().outputTokens()).isEqualTo(41);
	}

	@Test
	void aCamelCaseRecordRoundTripsThroughTheSchemaAndTheReply() {
		CalendarEvent event = new CalendarEvent("Design review", "2026-12-07",
				List.of(new Attendee("Grace", "Hopper", Optional.of("grace@example.com"))), Priority.LOW);
		String json = UserJson.mapper().writeValueAsString(event);
		replyContent(json.replace("\"", "\\\""));

		CalendarEvent read = this.client.chatCompletions().create(request(), CalendarEvent.class).value();

		assertThat(json).contains("\"eventName\"", "\"firstName\"").doesNotContain("event_name", "first_name");
		assertThat(read).isEqualTo(event);
	}

	@Test
	void createAsyncReadsTheSameAnswerAndTheRawResponseKeepsTheRequestId() {
		replyContent(EVENT_JSON);

		StepVerifier.create(this.client.chatCompletions().createAsync(request(), CalendarEvent.class))
			.assertNext((result) -> assertThat(result.value().participants()).extracting(Attendee::firstName)
				.containsExactly("Alice", "Bob"))
			.verifyComplete();
		RawResponse<StructuredCompletion<CalendarEvent>> raw = this.client.chatCompletions()
			.withRawResponse((chat) -> chat.create(request(), CalendarEvent.class));
		assertThat(raw.requestId()).hasValue("req_5f1c2b7e9a");
		assertThat(raw.body().value().eventName()).isEqualTo("Science Fair");
	}

	@Test
	void aRefusalIsATypedErrorCarryingTheRefusalTextAndTheCompletion() {
		reply("{\"role\": \"assistant\", \"content\": null, \"refusal\": \"I'm sorry, I cannot help with that.\"}",
				"stop");

		assertThatThrownBy(() -> this.client.chatCompletions().create(request(), CalendarEvent.class))
			.isInstanceOfSatisfying(RefusalException.class, (ex) -> {
				assertThat(ex.refusal()).isEqualTo("I'm sorry, I cannot help with that.");
				assertThat(ex.response()).isInstanceOf(ChatCompletion.class);
				assertThat(ex.response().tokenUsage().outputTokens()).isEqualTo(41);
				assertThat(ex.isRetryable()).isFalse();
			});
		StepVerifier.create(this.client.chatCompletions().createAsync(request(), CalendarEvent.class))
			.expectError(RefusalException.class)
			.verify();
	}

	@Test
	void aReplyCutAtTheTokenLimitIsATruncationErrorNotAParseError() {
		reply("{\"role\": \"assistant\", \"content\": \"{\\\"eventName\\\":\\\"Science Fa\"}", "length");

		assertThatThrownBy(() -> this.client.chatCompletions().create(request(), CalendarEvent.class))
			.isInstanceOfSatisfying(TruncatedOutputException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo("length"))
			.hasMessage("The model's structured output is incomplete (length)");
	}

	@Test
	void aReplyThatIsNotJsonOfTheTypeIsAParseErrorNamingTheType() {
		replyContent("{\\\"eventName\\\": 42, \\\"date\\\": [\\\"not\\\", \\\"a\\\", \\\"string\\\"]}");

		assertThatThrownBy(() -> this.client.chatCompletions().create(request(), CalendarEvent.class))
			.isInstanceOfSatisfying(OutputParseException.class, (ex) -> {
				assertThat(ex.targetType()).isEqualTo(CalendarEvent.class.getName());
				assertThat(ex.toolName()).isNull();
				assertThat(ex.getCause()).isInstanceOf(tools.jackson.core.JacksonException.class);
			})
			.isInstanceOf(StructuredOutputException.class)
			.hasMessageStartingWith("The model's output cannot be read as " + CalendarEvent.class.getName());
	}

	@Test
	void contentAsReadsAStreamedAndAccumulatedCompletion() {
		ChatCompletion completion = new ChatCompletion("chatcmpl-1", "chat.completion", 1741570283L, "gpt-4o",
				List.of(new ChatChoice(0, new ChatCompletionMessage(ChatRole.ASSISTANT,
						"{\"city\":\"Paris\",\"unit\":\"high\"}", null, null, null, null, null, null),
						FinishReason.STOP, null)),
				null, null, null, null, null, null);

		assertThat(completion.contentAs(WeatherQuery.class)).isEqualTo(new WeatherQuery("Paris", Priority.HIGH));
		assertThatThrownBy(() -> new ChatCompletion("chatcmpl-2", "chat.completion", 1L, "gpt-4o", List.of(), null,
				null, null, null, null, null).contentAs(WeatherQuery.class))
			.isInstanceOf(OutputParseException.class)
			.hasMessageContaining("the completion has no choices");
	}

	@Test
	void aFunctionToolFromATypeIsStrictAndItsCallArgumentsAreReadAsTheType() {
		reply("""
				{"role": "assistant", "content": null, "tool_calls": [
				  {"id": "call_12345xyz", "type": "function",
				   "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\",\\"unit\\":\\"low\\"}"}},
				  {"id": "call_67890abc", "type": "function",
				   "function": {"name": "get_weather", "arguments": "{\\"city\\": \\"Par"}}
				]}
				""", "tool_calls");
		ChatCompletionRequest request = request().toBuilder()
			.addTool(ChatTool.function("get_weather", "Get the current weather in a city", WeatherQuery.class))
			.build();

		ChatCompletion completion = this.client.chatCompletions().create(request);

		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{"tools": [{"type": "function", "function": {
				  "name": "get_weather",
				  "description": "Get the current weather in a city",
				  "strict": true,
				  "parameters": {
				    "type": "object",
				    "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["low", "high"]}},
				    "required": ["city", "unit"],
				    "additionalProperties": false
				  }
				}}]}
				""", false, true)));
		List<ToolCall> calls = completion.choices().get(0).message().toolCalls();
		assertThat(((ToolCall.Function) calls.get(0)).arguments(WeatherQuery.class))
			.isEqualTo(new WeatherQuery("Paris", Priority.LOW));
		assertThatThrownBy(() -> ((ToolCall.Function) calls.get(1)).arguments(WeatherQuery.class))
			.isInstanceOfSatisfying(OutputParseException.class, (ex) -> {
				assertThat(ex.toolName()).isEqualTo("get_weather");
				assertThat(ex.response()).isNull();
			})
			.hasMessageStartingWith("The arguments of tool 'get_weather' cannot be read as "
					+ WeatherQuery.class.getName());
	}

}
