package dev.integrations.openai.chat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.errors.OutputParseException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One round of tool calling with {@link ChatToolbox} against WireMock: the call, the Java function, the results sent
 * back.
 */
class ChatToolboxTest extends ChatWireMockTest {

	record WeatherQuery(String city, String unit) {
	}

	record Weather(double temperature, String unit, String conditions) {
	}

	private static final String TOOL_CALLS = """
			{"id": "chatcmpl-tools1", "object": "chat.completion", "created": 1741570283, "model": "gpt-4o",
			 "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": null,
			   "tool_calls": [{"id": "call_abc123", "type": "function",
			     "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\",\\"unit\\":\\"celsius\\"}"}}]}}]}
			""";

	private static final String ANSWER = """
			{"id": "chatcmpl-tools2", "object": "chat.completion", "created": 1741570284, "model": "gpt-4o",
			 "choices": [{"index": 0, "finish_reason": "stop",
			   "message": {"role": "assistant", "content": "It is 21.5 °C and sunny in Paris."}}]}
			""";

	@Test
	void oneRoundRunsTheFunctionWithTypedArgumentsAndSendsItsResultBack() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(TOOL_CALLS)));
		this.server.stubFor(post("/v1/chat/completions").atPriority(1)
			.withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
			.willReturn(okJson(ANSWER)));
		AtomicReference<WeatherQuery> asked = new AtomicReference<>();
		ChatToolbox toolbox = ChatToolbox.of().with("get_weather", "Current weather in a city", WeatherQuery.class,
				(query) -> {
					asked.set(query);
					return new Weather(21.5, query.unit(), "sunny");
				});
		ChatCompletionRequest request = ChatCompletionRequest.builder()
			.model("gpt-4o")
			.addUserMessage("What is the weather in Paris?")
			.tools(toolbox.tools())
			.build();

		ChatCompletion first = this.client.chatCompletions().create(request);
		ChatCompletion answer = this.client.chatCompletions().create(toolbox.answer(request, first));

		assertThat(asked.get()).isEqualTo(new WeatherQuery("Paris", "celsius"));
		assertThat(answer.content()).isEqualTo("It is 21.5 °C and sunny in Paris.");
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{
				  "model": "gpt-4o",
				  "tools": [{"type": "function", "function": {"name": "get_weather",
				    "description": "Current weather in a city", "strict": true, "parameters": {
				      "type": "object",
				      "properties": {"city": {"type": "string"}, "unit": {"type": "string"}},
				      "required": ["city", "unit"], "additionalProperties": false}}}],
				  "messages": [
				    {"role": "user", "content": "What is the weather in Paris?"},
				    {"role": "assistant", "tool_calls": [{"id": "call_abc123", "type": "function",
				      "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\",\\"unit\\":\\"celsius\\"}"}}]},
				    {"role": "tool", "tool_call_id": "call_abc123",
				      "content": "{\\"temperature\\":21.5,\\"unit\\":\\"celsius\\",\\"conditions\\":\\"sunny\\"}"}
				  ]
				}
				""", false, false)));
	}

	@Test
	void aCallOfAnUnknownToolOrWithBadArgumentsIsATypedError() {
		ChatCompletionRequest request = ChatCompletionRequest.builder().model("gpt-4o").addUserMessage("Hi").build();
		ChatToolbox toolbox = ChatToolbox.of().with("get_weather", "Current weather", WeatherQuery.class,
				(query) -> "sunny");

		assertThatThrownBy(() -> toolbox.answer(request, completionCalling("get_time", "{}")))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("get_time");
		assertThatThrownBy(() -> toolbox.answer(request, completionCalling("get_weather", "{\"city\": ")))
			.isInstanceOfSatisfying(OutputParseException.class,
					(ex) -> assertThat(ex.toolName()).isEqualTo("get_weather"));
		assertThatThrownBy(() -> toolbox.with("get_weather", "Again", WeatherQuery.class, (query) -> "x"))
			.isInstanceOf(OpenAIValidationException.class);
	}

	private static ChatCompletion completionCalling(String name, String arguments) {
		ChatCompletionMessage message = new ChatCompletionMessage(ChatRole.ASSISTANT, null, null,
				List.of(ToolCall.function("call_1", name, arguments)), null, null, null, null);
		return new ChatCompletion("chatcmpl-3", "chat.completion", 1L, "gpt-4o",
				List.of(new ChatChoice(0, message, FinishReason.TOOL_CALLS, null)), null, null, null, null, null, null);
	}

}
