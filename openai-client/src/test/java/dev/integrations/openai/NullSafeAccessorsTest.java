package dev.integrations.openai;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.integrations.openai.assistants.Message;
import dev.integrations.openai.assistants.MessageDelta;
import dev.integrations.openai.assistants.RequiredAction;
import dev.integrations.openai.assistants.Run;
import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.StoredChatMessage;
import dev.integrations.openai.embeddings.EmbeddingResponse;
import dev.integrations.openai.moderations.ModerationResponse;
import dev.integrations.openai.responses.Response;
import dev.integrations.openai.responses.ResponseItem;
import dev.integrations.openai.transport.OpenAIJson;
import dev.integrations.openai.vectorstores.VectorStoreFileContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Convenience accessors of response types never throw a raw {@link NullPointerException} when the server sends
 * {@code null} or leaves out an optional object, and collections read as {@code null} are empty lists.
 */
@SuppressWarnings("deprecation")
class NullSafeAccessorsTest {

	private static final String COMPLETION = """
			{"id": "chatcmpl-1", "object": "chat.completion", "created": 1741569952, "model": "gpt-4.1", %s}""";

	private static final String CHUNK = """
			{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1741569952, "model": "gpt-4.1", %s}""";

	private static final String RESPONSE = """
			{"id": "resp_1", "object": "response", "created_at": 1741476542, "status": "completed", %s}""";

	private static final String RUN = """
			{"id": "run_1", "object": "thread.run", "created_at": 1699063290, "thread_id": "thread_1",
			 "assistant_id": "asst_1", "status": "requires_action", %s}""";

	static Stream<Arguments> nullsAndMissingObjects() {
		return Stream.of(
				read("chat: message null", COMPLETION.formatted("""
						"choices": [{"index": 0, "message": null, "finish_reason": "stop"}]"""), ChatCompletion.class,
						ChatCompletion::content, null),
				read("chat: message null, tool calls", COMPLETION.formatted("""
						"choices": [{"index": 0, "message": null}]"""), ChatCompletion.class,
						(completion) -> completion.choices().get(0).message().toolCalls(), List.of()),
				read("chat: choices [null]", COMPLETION.formatted("\"choices\": [null]"), ChatCompletion.class,
						ChatCompletion::content, null),
				read("chat: choices null", COMPLETION.formatted("\"choices\": null"), ChatCompletion.class,
						ChatCompletion::choices, List.of()),
				read("chat: usage missing", COMPLETION.formatted("\"choices\": []"), ChatCompletion.class,
						ChatCompletion::tokenUsage, null),
				read("chat: content null, tool_calls and annotations null", COMPLETION.formatted("""
						"choices": [{"index": 0, "message": {"role": "assistant", "content": null,
						  "tool_calls": null, "annotations": null}}]"""), ChatCompletion.class,
						(completion) -> List.of(completion.choices().get(0).message().toolCalls(),
								completion.choices().get(0).message().annotations()),
						List.of(List.of(), List.of())),
				read("chat: logprobs lists null", COMPLETION.formatted("""
						"choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"},
						  "logprobs": {"content": null, "refusal": null}}]"""), ChatCompletion.class,
						(completion) -> completion.choices().get(0).logprobs().content(), List.of()),
				read("chat chunk: choices [null] and delta null", CHUNK.formatted("""
						"choices": [null, {"index": 0, "delta": null}]"""), ChatCompletionChunk.class,
						(chunk) -> chunk.choices().size(), 1),
				read("chat chunk: tool_calls null", CHUNK.formatted("""
						"choices": [{"index": 0, "delta": {"content": "", "tool_calls": null}}]"""),
						ChatCompletionChunk.class, (chunk) -> chunk.choices().get(0).delta().toolCalls(), List.of()),
				read("stored chat message: lists null", """
						{"id": "msg_1", "role": "user", "content": "Hi", "content_parts": null, "tool_calls": null}""",
						StoredChatMessage.class, StoredChatMessage::contentParts, List.of()),
				read("responses: output [null]", RESPONSE.formatted("\"output\": [null]"), Response.class,
						Response::outputText, ""),
				read("responses: output_text with text null", RESPONSE.formatted("""
						"output": [{"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
						  "content": [{"type": "output_text", "text": null}, {"type": "output_text", "text": "Hi"}]}]"""),
						Response.class, Response::outputText, "Hi"),
				read("responses: message content null", RESPONSE.formatted("""
						"output": [{"type": "message", "id": "msg_1", "role": "assistant", "content": null}]"""),
						Response.class, Response::outputText, ""),
				read("responses: usage missing", RESPONSE.formatted("\"output\": []"), Response.class,
						Response::tokenUsage, null),
				read("responses: function call output null", """
						{"type": "function_call_output", "call_id": "call_1", "output": null}""", ResponseItem.class,
						(item) -> ((ResponseItem.FunctionCallOutput) item).outputText(), ""),
				read("assistants: text value null", """
						{"id": "msg_1", "object": "thread.message", "created_at": 1699017614, "thread_id": "thread_1",
						 "role": "assistant", "content": [{"type": "text", "text": null},
						   {"type": "text", "text": {"value": "Hi", "annotations": null}}]}""", Message.class,
						Message::text, "Hi"),
				read("assistants: delta null", """
						{"id": "msg_1", "object": "thread.message.delta", "delta": null}""", MessageDelta.class,
						MessageDelta::text, ""),
				read("assistants: submit_tool_outputs null", """
						{"type": "submit_tool_outputs", "submit_tool_outputs": null}""", RequiredAction.class,
						RequiredAction::toolCalls, List.of()),
				read("assistants: required action without tool calls", RUN.formatted("""
						"required_action": {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": null}}"""),
						Run.class, Run::requiredToolCalls, List.of()),
				read("vector store file content: text null", """
						{"object": "vector_store.file_content.page", "data": [{"type": "text", "text": null},
						  {"type": "text", "text": "Refunds take 5 days."}], "has_more": false}""",
						VectorStoreFileContent.class, VectorStoreFileContent::text, "Refunds take 5 days."),
				read("embeddings: data [null] and embedding null", """
						{"object": "list", "model": "text-embedding-3-small", "data": [null,
						  {"object": "embedding", "index": 0, "embedding": null}]}""", EmbeddingResponse.class,
						(response) -> response.vectors().get(0).length, 0),
				read("moderations: results null", """
						{"id": "modr-1", "model": "omni-moderation-latest", "results": null}""",
						ModerationResponse.class, ModerationResponse::flagged, false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nullsAndMissingObjects")
	<T> void accessorsReadNullsAndMissingObjectsWithoutThrowing(String description, String json, Class<T> type,
			Function<T, Object> accessor, Object expected) {
		T value = OpenAIJson.mapper().readValue(json, type);

		assertThat(accessor.apply(value)).isEqualTo(expected);
	}

	private static <T> Arguments read(String description, String json, Class<T> type, Function<T, ?> accessor,
			Object expected) {
		return Arguments.of(description, json, type, accessor, expected);
	}

}
