package dev.integrations.openai.chat;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Types the API adds later (a tool call type, an annotation type) read without failing the completion or the
 * stream: unknown tool calls as {@link ToolCall.Unknown} with their fields kept, so they go back unchanged.
 */
class ChatForwardCompatibilityTest extends ChatWireMockTest {

	private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("gpt-4.1")
		.addUserMessage("Open the settings page")
		.build();

	private static final String COMPLETION = """
			{"id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", "object": "chat.completion", "created": 1741570283,
			 "model": "gpt-4.1-2025-04-14", "choices": [{"index": 0, "finish_reason": "tool_calls",
			   "message": {"role": "assistant", "content": "Opening it. See [docs](https://example.com/docs).",
			     "tool_calls": [
			       {"id": "call_ui1", "type": "computer_use", "computer_use": {"action": "click", "x": 120, "y": 48}},
			       {"id": "call_fn2", "type": "function",
			        "function": {"name": "log_action", "arguments": "{\\"action\\":\\"open_settings\\"}"}}],
			     "annotations": [
			       {"type": "file_citation", "file_citation": {"file_id": "file-abc123", "index": 3}},
			       {"type": "url_citation", "url_citation": {"start_index": 15, "end_index": 48,
			        "url": "https://example.com/docs", "title": "Docs"}}]}}],
			 "usage": {"prompt_tokens": 19, "completion_tokens": 40, "total_tokens": 59}}
			""";

	@Test
	void completionWithAFutureToolCallTypeKeepsItAndSendsItBackUnchanged() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));

		ChatCompletion completion = this.client.chatCompletions().create(REQUEST);

		ChatCompletionMessage message = completion.choices().get(0).message();
		assertThat(message.toolCalls()).hasSize(2);
		assertThat(message.toolCalls().get(0)).isInstanceOfSatisfying(ToolCall.Unknown.class, (call) -> {
			assertThat(call.id()).isEqualTo("call_ui1");
			assertThat(call.type()).isEqualTo("computer_use");
			assertThat(call.fields().get("computer_use")).isEqualTo(Map.of("action", "click", "x", 120, "y", 48));
		});
		assertThat(message.toolCalls().get(1)).isEqualTo(ToolCall.function("call_fn2", "log_action",
				"{\"action\":\"open_settings\"}"));
		assertThat(message.annotations()).extracting(ChatAnnotation::type)
			.containsExactly("file_citation", "url_citation");
		assertThat(message.annotations().get(1).urlCitation().url()).isEqualTo("https://example.com/docs");

		this.client.chatCompletions()
			.create(REQUEST.toBuilder().addMessage(AssistantMessage.from(message)).build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{"model": "gpt-4.1", "messages": [{"role": "user", "content": "Open the settings page"}, {"role": "assistant",
				  "content": "Opening it. See [docs](https://example.com/docs).", "tool_calls": [
				    {"id": "call_ui1", "type": "computer_use", "computer_use": {"action": "click", "x": 120, "y": 48}},
				    {"id": "call_fn2", "type": "function",
				     "function": {"name": "log_action", "arguments": "{\\"action\\":\\"open_settings\\"}"}}]}]}
				""", false, false)));
	}

	@Test
	void streamChunksWithAFutureToolCallTypeAndNullChoicesParse() {
		String body = sse("""
				{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1741570283, "model": "gpt-4.1",
				 "choices": [{"index": 0, "delta": {"role": "assistant", "content": "", "tool_calls": [
				   {"index": 0, "id": "call_ui1", "type": "computer_use", "computer_use": {"action": "click"}}]}}]}""",
				"""
						{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1741570283, "model": "gpt-4.1",
						 "choices": [null, {"index": 0, "delta": null, "finish_reason": "tool_calls"}]}""");
		this.server.stubFor(post("/v1/chat/completions").willReturn(
				aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body)));

		List<ChatCompletionChunk> chunks = this.client.chatCompletions().streamAsync(REQUEST).collectList().block();

		assertThat(chunks).hasSize(2);
		assertThat(chunks.get(0).choices().get(0).delta().toolCalls()).singleElement().satisfies((fragment) -> {
			assertThat(fragment.id()).isEqualTo("call_ui1");
			assertThat(fragment.type()).isEqualTo("computer_use");
		});
		assertThat(chunks.get(1).choices()).singleElement()
			.satisfies((choice) -> assertThat(choice.finishReason()).isEqualTo(FinishReason.TOOL_CALLS));
	}

	private static String sse(String... events) {
		StringBuilder body = new StringBuilder();
		for (String event : events) {
			body.append("data: ").append(event.replace("\n", " ")).append("\n\n");
		}
		return body.append("data: [DONE]\n\n").toString();
	}

	@Test
	void messagesToolsAndFormatsOfTypesAddedLaterAreReadAndSentUnchanged() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		ChatMessage critic = read("{\"role\": \"critic\", \"content\": \"Be brief.\", \"weight\": 2}", ChatMessage.class);
		ChatTool browser = read("{\"type\": \"browser\", \"browser\": {\"start_url\": \"https://example.com\"}}",
				ChatTool.class);
		ChatTool.Format regex = read("{\"type\": \"regex\", \"pattern\": \"SELECT .*\"}", ChatTool.Format.class);
		ResponseFormat xml = read("{\"type\": \"xml_schema\", \"xml_schema\": {\"root\": \"event\"}}",
				ResponseFormat.class);
		assertThat(critic).isEqualTo(new ChatMessage.Unknown("critic", Map.of("content", "Be brief.", "weight", 2)));
		assertThat(browser).isEqualTo(
				new ChatTool.Unknown("browser", Map.of("browser", Map.of("start_url", "https://example.com"))));
		assertThat(regex).isEqualTo(new ChatTool.Format.Unknown("regex", Map.of("pattern", "SELECT .*")));
		assertThat(xml).isEqualTo(new ResponseFormat.Unknown("xml_schema", Map.of("xml_schema", Map.of("root", "event"))));

		this.client.chatCompletions()
			.create(REQUEST.toBuilder()
				.messages(List.of(critic, ChatMessage.user("Open the settings page")))
				.addTool(browser)
				.addTool(new ChatTool.Custom(new ChatTool.CustomDefinition("sql", null, regex)))
				.responseFormat(xml)
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{"model": "gpt-4.1",
				 "messages": [{"role": "critic", "content": "Be brief.", "weight": 2},
				              {"role": "user", "content": "Open the settings page"}],
				 "tools": [{"type": "browser", "browser": {"start_url": "https://example.com"}},
				           {"type": "custom", "custom": {"name": "sql", "format": {"type": "regex", "pattern": "SELECT .*"}}}],
				 "response_format": {"type": "xml_schema", "xml_schema": {"root": "event"}}}
				""", false, false)));
	}

	private static <T> T read(String json, Class<T> type) {
		return OpenAIJson.mapper().readValue(json, type);
	}

}
