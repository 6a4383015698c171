package dev.integrations.openai.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.integrations.openai.chat.ChatChoice;
import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionMessage;
import dev.integrations.openai.chat.ChatDelta;
import dev.integrations.openai.chat.ChatRole;
import dev.integrations.openai.chat.ChunkChoice;
import dev.integrations.openai.chat.CompletionUsage;
import dev.integrations.openai.chat.FinishReason;
import dev.integrations.openai.chat.ToolCall;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds chat answers from the client's own wire records ({@link ChatCompletion}, {@link ChatCompletionChunk}), so
 * their shape cannot drift from what the client reads.
 */
final class ChatReplies {

	private static final AtomicLong IDS = new AtomicLong();

	private ChatReplies() {
	}

	static String nextId(String prefix) {
		return prefix + "mock" + IDS.incrementAndGet();
	}

	static MockReply text(JsonNode request, List<String> pieces) {
		String content = String.join("", pieces);
		if (!streaming(request)) {
			ChatCompletionMessage message = new ChatCompletionMessage(ChatRole.ASSISTANT, content, null, null,
					List.of(), null, null, Map.of());
			return MockReply.json(wire(completion(request, message, FinishReason.STOP, content), "message"));
		}
		Chunks chunks = new Chunks(request);
		chunks.add(delta(ChatRole.ASSISTANT, "", null), null);
		pieces.forEach((piece) -> chunks.add(delta(null, piece, null), null));
		return chunks.finish(FinishReason.STOP, content);
	}

	static MockReply toolCall(JsonNode request, ToolCall.Function call) {
		if (!streaming(request)) {
			ChatCompletionMessage message = new ChatCompletionMessage(ChatRole.ASSISTANT, null, null, List.of(call),
					List.of(), null, null, Map.of());
			return MockReply.json(
					wire(completion(request, message, FinishReason.TOOL_CALLS, call.function().arguments()), "message"));
		}
		ChatDelta.ToolCallDelta delta = new ChatDelta.ToolCallDelta(0, call.id(), "function",
				new ChatDelta.FunctionCallDelta(call.function().name(), call.function().arguments()));
		Chunks chunks = new Chunks(request);
		chunks.add(delta(ChatRole.ASSISTANT, null, List.of(delta)), null);
		return chunks.finish(FinishReason.TOOL_CALLS, call.function().arguments());
	}

	private static ChatCompletion completion(JsonNode request, ChatCompletionMessage message, FinishReason finish,
			String output) {
		return new ChatCompletion(nextId("chatcmpl-"), "chat.completion", Instant.now().getEpochSecond(),
				model(request), List.of(new ChatChoice(0, message, finish, null)), usage(request, output), null, null,
				null, null, Map.of());
	}

	private static ChatDelta delta(@Nullable ChatRole role, @Nullable String content,
			@Nullable List<ChatDelta.ToolCallDelta> toolCalls) {
		return new ChatDelta(role, content, null, toolCalls, null, Map.of());
	}

	/**
	 * The record as the API writes it: a message or delta without tool calls has no {@code tool_calls} field (the
	 * client's records normalize a missing list to an empty one, which the mapper would write as {@code []}).
	 */
	private static ObjectNode wire(Object record, String choiceField) {
		ObjectNode tree = OpenAIJson.mapper().valueToTree(record);
		for (JsonNode choice : tree.path("choices")) {
			JsonNode target = choice.path(choiceField);
			if (target instanceof ObjectNode node && node.path("tool_calls").isEmpty()) {
				node.remove("tool_calls");
			}
		}
		return tree;
	}

	private static boolean streaming(JsonNode request) {
		return request.path("stream").asBoolean(false);
	}

	private static String model(JsonNode request) {
		return request.path("model").asString("gpt-4o-mini");
	}

	/** Token counts that are plausible and reproducible: about four characters a token. */
	private static CompletionUsage usage(JsonNode request, String output) {
		long prompt = tokens(request.path("messages").toString());
		long completion = tokens(output);
		return new CompletionUsage(prompt, completion, prompt + completion, null, null);
	}

	private static long tokens(String text) {
		return Math.max(1, (text.length() + 3) / 4);
	}

	/** The chunks of one streamed answer, which share an id, a creation time and the model. */
	private static final class Chunks {

		private final JsonNode request;

		private final String id = nextId("chatcmpl-");

		private final long created = Instant.now().getEpochSecond();

		private final List<ChatCompletionChunk> chunks = new ArrayList<>();

		Chunks(JsonNode request) {
			this.request = request;
		}

		void add(ChatDelta delta, @Nullable FinishReason finish) {
			this.chunks.add(chunk(List.of(new ChunkChoice(0, delta, finish, null, Map.of())), null));
		}

		MockReply finish(FinishReason finish, String output) {
			add(delta(null, null, null), finish);
			if (this.request.path("stream_options").path("include_usage").asBoolean(false)) {
				this.chunks.add(chunk(List.of(), usage(this.request, output)));
			}
			return MockReply.stream(this.chunks.stream().map((chunk) -> wire(chunk, "delta")).toList());
		}

		private ChatCompletionChunk chunk(List<ChunkChoice> choices, @Nullable CompletionUsage usage) {
			return new ChatCompletionChunk(this.id, "chat.completion.chunk", this.created, model(this.request),
					choices, usage, null, null, null, null, Map.of());
		}

	}

}
