package dev.integrations.openai.responses;

import java.util.List;

import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stream event type of the spec read from JSON shaped like the spec's examples into its record, with its
 * {@code type} and {@code sequence_number}, and written back unchanged.
 */
class ResponseStreamEventWireTest {

	private static final String RESPONSE = """
			{"id": "resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654", "object": "response", "created_at": 1741290958,
			 "status": "in_progress", "model": "gpt-5-2025-08-07", "output": []}""";

	private static final String PROGRESS = """
			{"type": "%s", "item_id": "ws_1", "output_index": 1, "sequence_number": 7}""";

	static List<Arguments> events() {
		return List.of(lifecycle("response.created", ResponseLifecycleEvent.Created.class),
				lifecycle("response.queued", ResponseLifecycleEvent.Queued.class),
				lifecycle("response.in_progress", ResponseLifecycleEvent.InProgress.class),
				lifecycle("response.completed", ResponseLifecycleEvent.Completed.class),
				lifecycle("response.failed", ResponseLifecycleEvent.Failed.class),
				lifecycle("response.incomplete", ResponseLifecycleEvent.Incomplete.class),
				Arguments.of(ResponseStreamEvent.OutputItemAdded.class, """
						{"type": "response.output_item.added", "output_index": 0, "sequence_number": 1, "item": {"type": "message",
						 "id": "msg_1", "status": "in_progress", "role": "assistant", "content": []}}"""),
				Arguments.of(ResponseStreamEvent.OutputItemDone.class, """
						{"type": "response.output_item.done", "output_index": 0, "sequence_number": 1, "item": {"type": "function_call",
						 "id": "fc_1", "call_id": "call_1", "name": "get_weather", "arguments": "{}", "status": "completed"}}"""),
				Arguments.of(ResponseStreamEvent.ContentPartAdded.class, """
						{"type": "response.content_part.added", "item_id": "msg_1", "output_index": 0, "content_index": 0,
						 "part": {"type": "output_text", "text": "", "annotations": [], "logprobs": []}, "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.ContentPartDone.class, """
						{"type": "response.content_part.done", "item_id": "msg_1", "output_index": 0, "content_index": 1,
						 "part": {"type": "refusal", "refusal": "No."}, "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.OutputTextDelta.class, """
						{"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0, "content_index": 0,
						 "delta": "In", "logprobs": [{"token": "In", "logprob": -0.1, "top_logprobs": [{"token": "In", "logprob": -0.1}]}],
						 "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.OutputTextDone.class, """
						{"type": "response.output_text.done", "item_id": "msg_1", "output_index": 0, "content_index": 0,
						 "text": "In a shimmering forest", "logprobs": [], "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.OutputTextAnnotationAdded.class, """
						{"type": "response.output_text.annotation.added", "item_id": "msg_1", "output_index": 0, "content_index": 0,
						 "annotation_index": 0, "annotation": {"type": "url_citation", "url": "https://example.com/", "start_index": 0,
						 "end_index": 5, "title": "Example"}, "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.RefusalDelta.class, """
						{"type": "response.refusal.delta", "item_id": "msg_1", "output_index": 0, "content_index": 0,
						 "delta": "refusal text so far", "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.RefusalDone.class, """
						{"type": "response.refusal.done", "item_id": "msg_1", "output_index": 0, "content_index": 0,
						 "refusal": "final refusal text", "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.FunctionCallArgumentsDelta.class, """
						{"type": "response.function_call_arguments.delta", "item_id": "fc_1", "output_index": 0,
						 "delta": "{ \\"arg\\":", "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.FunctionCallArgumentsDone.class, """
						{"type": "response.function_call_arguments.done", "item_id": "fc_1", "name": "get_weather", "output_index": 0,
						 "arguments": "{ \\"arg\\": 123 }", "sequence_number": 1}"""),
				Arguments.of(ResponseReasoningEvent.ReasoningSummaryPartAdded.class, """
						{"type": "response.reasoning_summary_part.added", "item_id": "rs_1", "output_index": 0, "summary_index": 0,
						 "part": {"type": "summary_text", "text": ""}, "sequence_number": 1}"""),
				Arguments.of(ResponseReasoningEvent.ReasoningSummaryPartDone.class, """
						{"type": "response.reasoning_summary_part.done", "item_id": "rs_1", "output_index": 0, "summary_index": 0,
						 "part": {"type": "summary_text", "text": "**Responding**"}, "status": "incomplete", "sequence_number": 1}"""),
				Arguments.of(ResponseReasoningEvent.ReasoningSummaryTextDelta.class, """
						{"type": "response.reasoning_summary_text.delta", "item_id": "rs_1", "output_index": 0, "summary_index": 0,
						 "delta": "**Responding", "sequence_number": 1}"""),
				Arguments.of(ResponseReasoningEvent.ReasoningSummaryTextDone.class, """
						{"type": "response.reasoning_summary_text.done", "item_id": "rs_1", "output_index": 0, "summary_index": 0,
						 "text": "**Responding**", "sequence_number": 1}"""),
				Arguments.of(ResponseReasoningEvent.ReasoningTextDelta.class, """
						{"type": "response.reasoning_text.delta", "item_id": "rs_1", "output_index": 0, "content_index": 0,
						 "delta": "The", "sequence_number": 1}"""),
				Arguments.of(ResponseReasoningEvent.ReasoningTextDone.class, """
						{"type": "response.reasoning_text.done", "item_id": "rs_1", "output_index": 0, "content_index": 0,
						 "text": "The user asked", "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.AudioDelta.class, """
						{"type": "response.audio.delta", "delta": "UklGRiQAAABXQVZF", "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.AudioDone.class, """
						{"type": "response.audio.done", "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.AudioTranscriptDelta.class, """
						{"type": "response.audio.transcript.delta", "delta": "partial transcript", "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.AudioDone.class, """
						{"type": "response.audio.transcript.done", "sequence_number": 1}"""),
				Arguments.of(ResponseStreamEvent.Error.class, """
						{"type": "error", "code": "ERR_SOMETHING", "message": "Something went wrong", "param": null,
						 "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.CodeInterpreterCallCodeDelta.class, """
						{"type": "response.code_interpreter_call_code.delta", "output_index": 0, "item_id": "ci_1",
						 "delta": "print('Hello, world')", "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.CodeInterpreterCallCodeDone.class, """
						{"type": "response.code_interpreter_call_code.done", "output_index": 0, "item_id": "ci_1",
						 "code": "print('Hello, world')", "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.ImageGenerationCallPartialImage.class, """
						{"type": "response.image_generation_call.partial_image", "output_index": 0, "item_id": "ig_1",
						 "sequence_number": 1, "partial_image_index": 0, "partial_image_b64": "iVBORw0KGgo=", "size": "1024x1024",
						 "quality": "low", "background": "transparent", "output_format": "png"}"""),
				Arguments.of(ResponseToolCallEvent.McpCallArgumentsDelta.class, """
						{"type": "response.mcp_call_arguments.delta", "output_index": 0, "item_id": "mcp_1",
						 "delta": "{", "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.McpCallArgumentsDone.class, """
						{"type": "response.mcp_call_arguments.done", "output_index": 0, "item_id": "mcp_1",
						 "arguments": "{\\"arg1\\": \\"value1\\"}", "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.CustomToolCallInputDelta.class, """
						{"type": "response.custom_tool_call_input.delta", "output_index": 0, "item_id": "ctc_1",
						 "delta": "partial input text", "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.CustomToolCallInputDone.class, """
						{"type": "response.custom_tool_call_input.done", "output_index": 0, "item_id": "ctc_1",
						 "input": "final complete input text", "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.ShellCallCommand.class, """
						{"type": "response.shell_call_command.added", "output_index": 0, "command_index": 0, "command": "",
						 "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.ShellCallCommandDelta.class, """
						{"type": "response.shell_call_command.delta", "output_index": 0, "command_index": 0, "delta": "ls -",
						 "obfuscation": "Qx", "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.ShellCallCommand.class, """
						{"type": "response.shell_call_command.done", "output_index": 0, "command_index": 0, "command": "ls -la",
						 "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.ShellCallOutputContentDelta.class, """
						{"type": "response.shell_call_output_content.delta", "item_id": "sh_1", "output_index": 0,
						 "command_index": 0, "delta": {"stdout": "total 0", "stderr": ""}, "sequence_number": 1}"""),
				Arguments.of(ResponseToolCallEvent.ShellCallOutputContentDone.class, """
						{"type": "response.shell_call_output_content.done", "item_id": "sh_1", "output_index": 0,
						 "command_index": 0, "output": [{"stdout": "total 0", "stderr": "", "outcome": {"type": "exit",
						 "exit_code": 0}}], "sequence_number": 1}"""),
				progress("response.file_search_call.in_progress"), progress("response.file_search_call.searching"),
				progress("response.file_search_call.completed"), progress("response.web_search_call.in_progress"),
				progress("response.web_search_call.searching"), progress("response.web_search_call.completed"),
				progress("response.code_interpreter_call.in_progress"),
				progress("response.code_interpreter_call.interpreting"),
				progress("response.code_interpreter_call.completed"),
				progress("response.image_generation_call.in_progress"),
				progress("response.image_generation_call.generating"),
				progress("response.image_generation_call.completed"), progress("response.mcp_call.in_progress"),
				progress("response.mcp_call.completed"), progress("response.mcp_call.failed"),
				progress("response.mcp_list_tools.in_progress"), progress("response.mcp_list_tools.completed"),
				progress("response.mcp_list_tools.failed"),
				Arguments.of(ResponseStreamEvent.Unknown.class, """
						{"type": "response.hologram.delta", "item_id": "hc_1", "frame": {"depth": 3}, "sequence_number": 1}"""));
	}

	private static Arguments lifecycle(String type, Class<?> record) {
		return Arguments.of(record, "{\"type\": \"" + type + "\", \"response\": " + RESPONSE + ", \"sequence_number\": 1}");
	}

	private static Arguments progress(String type) {
		return Arguments.of(ResponseToolCallEvent.ToolCallProgress.class, PROGRESS.formatted(type));
	}

	@ParameterizedTest
	@MethodSource("events")
	void everyEventTypeIsReadIntoItsRecordAndWrittenBackUnchanged(Class<?> type, String json) {
		ResponseStreamEvent event = OpenAIJson.mapper().readValue(json, ResponseStreamEvent.class);

		assertThat(event).isInstanceOf(type);
		JsonNode expected = OpenAIJson.mapper().readTree(json);
		assertThat(event.type()).isEqualTo(expected.path("type").asString());
		assertThat(event.sequenceNumber()).isEqualTo(expected.path("sequence_number").asLong());
		JsonNode written = OpenAIJson.mapper()
			.readTree(OpenAIJson.mapper().writerFor(ResponseStreamEvent.class).writeValueAsString(event));
		if (event instanceof ResponseLifecycleEvent lifecycle) {
			assertThat(lifecycle.response().id()).isEqualTo("resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654");
			assertThat(lifecycle.model()).isEqualTo("gpt-5-2025-08-07");
		}
		else {
			assertThat(written).isEqualTo(((tools.jackson.databind.node.ObjectNode) expected).without("param"));
		}
	}

	@Test
	void onlyOutputTextDeltasCarryText() {
		assertThat(events().stream()
			.map((arguments) -> OpenAIJson.mapper().readValue((String) arguments.get()[1], ResponseStreamEvent.class))
			.map(ResponseStreamEvent::text)
			.filter((text) -> !text.isEmpty())).containsExactly("In");
	}

}
