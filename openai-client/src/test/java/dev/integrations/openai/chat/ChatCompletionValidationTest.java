package dev.integrations.openai.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatCompletionValidationTest extends ChatWireMockTest {

	private static ChatCompletionRequestBuilder valid() {
		return ChatCompletionRequest.builder().model("gpt-4o-mini").addUserMessage("Hello!");
	}

	private static Arguments invalid(String field, String message, UnaryOperator<ChatCompletionRequestBuilder> change) {
		return Arguments.of(field, message, change);
	}

	static List<Arguments> invalidRequests() {
		Map<String, String> tooMany = new HashMap<>();
		for (int i = 0; i < 17; i++) {
			tooMany.put("key" + i, "value");
		}
		return List.of(invalid("model", "model must not be blank", (b) -> b.model(null)),
				invalid("model", "model must not be blank", (b) -> b.model(" ")),
				invalid("messages", "messages must not be empty", (b) -> b.messages(List.of())),
				invalid("temperature", "temperature must be between 0 and 2, was 2.5", (b) -> b.temperature(2.5)),
				invalid("top_p", "top_p must be between 0 and 1, was 1.1", (b) -> b.topP(1.1)),
				invalid("n", "n must be between 1 and 128, was 0", (b) -> b.n(0)),
				invalid("n", "n must be between 1 and 128, was 129", (b) -> b.n(129)),
				invalid("presence_penalty", "presence_penalty must be between -2 and 2, was -2.5",
						(b) -> b.presencePenalty(-2.5)),
				invalid("frequency_penalty", "frequency_penalty must be between -2 and 2, was 3.0",
						(b) -> b.frequencyPenalty(3.0)),
				invalid("top_logprobs", "top_logprobs must be between 0 and 20, was 21",
						(b) -> b.logprobs(true).topLogprobs(21)),
				invalid("top_logprobs", "top_logprobs requires logprobs to be true", (b) -> b.topLogprobs(5)),
				invalid("max_completion_tokens", "max_completion_tokens must be between 1 and 2147483647, was 0",
						(b) -> b.maxCompletionTokens(0)),
				invalid("logit_bias", "logit_bias values must be between -100 and 100, was 101 for token 50256",
						(b) -> b.logitBias(Map.of("50256", 101))),
				invalid("metadata", "metadata must have at most 16 pairs, had 17", (b) -> b.metadata(tooMany)),
				invalid("metadata", "metadata keys must be at most 64 characters: " + "k".repeat(65),
						(b) -> b.putMetadata("k".repeat(65), "v")),
				invalid("metadata", "metadata values must be at most 512 characters (key note)",
						(b) -> b.putMetadata("note", "v".repeat(513))),
				invalid("safety_identifier", "safety_identifier must be at most 64 characters, had 65",
						(b) -> b.safetyIdentifier("s".repeat(65))),
				invalid("functions", "functions must not be empty", (b) -> b.functions(List.of())),
				invalid("stop", "stop must have at most 4 entries, had 5", (b) -> b.stop("a", "b", "c", "d", "e")));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("invalidRequests")
	void invalidRequestIsRejectedNamingTheWireField(String field, String message,
			UnaryOperator<ChatCompletionRequestBuilder> change) {
		assertThatThrownBy(() -> change.apply(valid()).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo(field))
			.hasMessage(message);
	}

	@Test
	void boundaryValuesAreAccepted() {
		ChatCompletionRequest request = valid().temperature(0.0)
			.topP(1.0)
			.n(128)
			.presencePenalty(-2.0)
			.frequencyPenalty(2.0)
			.logprobs(true)
			.topLogprobs(0)
			.logitBias(Map.of("1", -100, "2", 100))
			.safetyIdentifier("s".repeat(64))
			.build();

		assertThat(request.n()).isEqualTo(128);
	}

	@Test
	void messagesCheckTheirRoleSpecificRules() {
		assertThatThrownBy(() -> new SystemMessage(MessageContent.of(List.of(ContentPart.imageUrl("https://example.com/a.png"))), null))
			.hasMessage("content of a system message must not contain image_url parts");
		assertThatThrownBy(() -> ChatMessage.user(ContentPart.refusal("No.")))
			.hasMessage("content of a user message must not contain refusal parts");
		assertThatThrownBy(() -> new ToolMessage(MessageContent.of(List.of(ContentPart.inputAudio("UklGR", ContentPart.AudioFormat.MP3))), "call_1"))
			.hasMessage("content of a tool message must not contain input_audio parts");
		assertThatThrownBy(() -> ChatMessage.tool(" ", "22 degrees")).hasMessage("tool_call_id must not be blank");
		assertThatThrownBy(() -> AssistantMessage.builder().name("bot").build())
			.hasMessage("content is required in an assistant message unless tool_calls or function_call is set");
		assertThatThrownBy(() -> ChatMessage.user(new ContentPart[0])).hasMessage("content must not be empty");
		assertThatThrownBy(() -> new FunctionMessage(null, "")).hasMessage("name must not be blank");
		assertThatThrownBy(() -> FunctionDefinition.of("get weather", "Gets the weather", Map.of()))
			.hasMessage("function.name must be 1 to 64 characters of a-z, A-Z, 0-9, underscores and dashes: get weather");
		assertThatThrownBy(() -> ContentPart.imageUrl("")).hasMessage("image_url.url must not be blank");
		assertThatThrownBy(() -> new AudioOutput(AudioOutput.Voice.ALLOY, null)).hasMessage("audio.format is required");
		assertThatThrownBy(() -> Prediction.of(List.of())).hasMessage("content must not be empty");
		assertThatThrownBy(() -> ResponseFormat.jsonSchema("", Map.of())).hasMessage("response_format.json_schema.name must not be blank");
		assertThatThrownBy(() -> ToolChoice.function("")).hasMessage("tool_choice.function.name must not be blank");
	}

	@Test
	void storedCompletionArgumentsAreCheckedBeforeAnyRequest() {
		assertThatThrownBy(() -> new ChatCompletionListParams(null, 0, null, null, null))
			.hasMessage("limit must be between 1 and 2147483647, was 0");
		assertThatThrownBy(() -> new ChatMessageListParams(null, -1, null))
			.hasMessage("limit must be between 1 and 2147483647, was -1");
		assertThatThrownBy(() -> this.client.chatCompletions().update("chatcmpl-abc123", Map.of("k".repeat(65), "v")))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessageStartingWith("metadata keys must be at most 64 characters");
		StepVerifier.create(this.client.chatCompletions().updateAsync("chatcmpl-abc123", null))
			.expectErrorMessage("metadata is required")
			.verify();
		StepVerifier.create(this.client.chatCompletions().streamAsync(null))
			.expectErrorMessage("request is required")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
