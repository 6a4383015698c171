package dev.integrations.openai.test;

import java.util.List;
import java.util.Objects;

import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ToolCall;
import dev.integrations.openai.internal.UserJson;

/**
 * The script of {@code POST /v1/chat/completions}. Every answer fits the request: a request with
 * {@code "stream": true} gets a {@code text/event-stream} of {@code chat.completion.chunk} events ending with
 * {@code data: [DONE]} (plus a usage chunk when {@code stream_options.include_usage} is set), any other a
 * {@code chat.completion}; the model is the requested one. Replies queue in order and the last one repeats (see
 * {@link EndpointScript}).
 */
public final class ChatScript extends EndpointScript<ChatScript, ChatCompletionRequest> {

	ChatScript() {
		super("POST", "/v1/chat/completions", ChatCompletionRequest.class);
	}

	/**
	 * Answers the next request with an assistant message; a streaming request gets it in one content delta.
	 * @param content the message text
	 * @return this script
	 */
	public ChatScript replyWith(String content) {
		return streamReply(content);
	}

	/**
	 * Answers the next request with a structured output: the object written as JSON with the mapper the client reads
	 * structured outputs with (Jackson's defaults and the type's own annotations, not the wire's snake_case), so
	 * {@code create(request, Person.class)} reads it back equal.
	 * @param value the object the model "returns", such as a record
	 * @return this script
	 */
	public ChatScript replyWith(Object value) {
		Objects.requireNonNull(value, "value");
		return streamReply(UserJson.mapper().writeValueAsString(value));
	}

	/**
	 * Answers the next request with an assistant message in pieces: a streaming request gets one content delta per
	 * piece, any other request the pieces joined.
	 * @param pieces the content deltas, such as {@code "Hel", "lo"}
	 * @return this script
	 */
	public ChatScript streamReply(String... pieces) {
		List<String> deltas = List.of(pieces);
		return then((request) -> ChatReplies.text(request, deltas));
	}

	/**
	 * Answers the next request with a call of a function tool ({@code finish_reason: tool_calls}).
	 * @param name the function name, such as {@code get_weather}
	 * @param arguments the arguments: a JSON string as is, any other object written as JSON the way
	 * {@code ToolCall.Function#arguments(Class)} reads it
	 * @return this script
	 */
	public ChatScript callTool(String name, Object arguments) {
		Objects.requireNonNull(name, "name");
		String json = (arguments instanceof String text) ? text : UserJson.mapper().writeValueAsString(arguments);
		return then((request) -> ChatReplies.toolCall(request, ToolCall.function(ChatReplies.nextId("call_"), name,
				json)));
	}

}
