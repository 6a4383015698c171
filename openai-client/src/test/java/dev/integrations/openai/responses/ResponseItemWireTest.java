package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every item type of the spec (with its content parts, annotations, actions and outputs) read from JSON shaped like
 * the spec's examples into its record and written back unchanged; the items an application sends written exactly.
 */
class ResponseItemWireTest {

	static List<Arguments> items() {
		return List.of(
				Arguments.of(ResponseItem.Message.class, """
						{"type": "message", "id": "msg_67ccd3acc8d48190a77525dc6de64b4104becb25c95c1d41", "status": "completed",
						 "role": "assistant", "phase": "final_answer", "content": [
						  {"type": "output_text", "text": "Paris is sunny [1].", "logprobs": [{"token": "Paris", "logprob": -0.02,
						   "bytes": [80, 97, 114, 105, 115], "top_logprobs": [{"token": "Paris", "logprob": -0.02, "bytes": [80, 97, 114, 105, 115]}]}],
						   "annotations": [
						   {"type": "url_citation", "url": "https://meteofrance.com/", "start_index": 15, "end_index": 18, "title": "Météo-France"},
						   {"type": "file_citation", "file_id": "file-2dtbBZdjtDKS8eqWxqbgDi", "index": 3, "filename": "policy.pdf"},
						   {"type": "container_file_citation", "container_id": "cntr_682d0e7318108198", "file_id": "cfile_682d0e8b",
						    "start_index": 0, "end_index": 5, "filename": "chart.png"},
						   {"type": "file_path", "file_id": "file-Yz8qM1", "index": 0}]},
						  {"type": "refusal", "refusal": "I can't share the booking codes."}]}"""),
				Arguments.of(ResponseItem.Message.class, """
						{"type": "message", "role": "user", "content": [
						  {"type": "input_text", "text": "What is in this image and file?", "prompt_cache_breakpoint": {"mode": "explicit"}},
						  {"type": "input_image", "image_url": "https://upload.wikimedia.org/Gfp-wisconsin.jpg", "detail": "high"},
						  {"type": "input_file", "file_id": "file-6F2ksmvXxt4VdoqmHRw6kL", "detail": "low"},
						  {"type": "input_file", "filename": "notes.txt", "file_data": "data:text/plain;base64,SGVsbG8="},
						  {"type": "computer_screenshot", "image_url": "data:image/png;base64,iVBORw0KGgo=", "detail": "auto"}]}"""),
				Arguments.of(ResponseItem.Message.class, """
						{"type": "message", "id": "msg_6899b2", "status": "completed", "role": "assistant", "content": [
						  {"type": "text", "text": "Stored text"}, {"type": "summary_text", "text": "A summary"},
						  {"type": "reasoning_text", "text": "Some reasoning"}]}"""),
				Arguments.of(ResponseItem.Message.class, """
						{"type": "message", "id": "msg_7", "status": "completed", "role": "assistant", "content": [
						  {"type": "output_text", "text": "See page 4.", "annotations": [{"type": "page_citation", "file_id": "file-1",
						   "page": 4}]}, {"type": "output_video", "url": "https://example.com/v.mp4", "seconds": 8}]}"""),
				Arguments.of(ResponseItem.FunctionCall.class, """
						{"type": "function_call", "id": "fc_67ca09c6bedc8190a7abfec07b1a1332", "call_id": "call_unLAR8MvFNptuiZK6K6HCy5k",
						 "name": "get_current_weather", "arguments": "{\\"location\\":\\"Boston, MA\\"}", "namespace": "weather",
						 "status": "completed", "caller": {"type": "program", "caller_id": "prog_1"}, "created_by": "user_1"}"""),
				Arguments.of(ResponseItem.FunctionCallOutput.class, """
						{"type": "function_call_output", "id": "fco_1", "call_id": "call_unLAR8MvFNptuiZK6K6HCy5k",
						 "output": [{"type": "input_text", "text": "22°C"}, {"type": "input_image", "file_id": "file-1", "detail": "low"}],
						 "status": "completed", "caller": {"type": "direct"}}"""),
				Arguments.of(ResponseItem.CustomToolCall.class, """
						{"type": "custom_tool_call", "id": "ctc_1", "call_id": "call_aGiFQkRWSWAIsMQ19fKqxUgb", "name": "code_exec",
						 "input": "print(\\"hello world\\")", "status": "completed"}"""),
				Arguments.of(ResponseItem.CustomToolCallOutput.class, """
						{"type": "custom_tool_call_output", "call_id": "call_aGiFQkRWSWAIsMQ19fKqxUgb", "output": "hello world"}"""),
				Arguments.of(ResponseItem.Reasoning.class, """
						{"type": "reasoning", "id": "rs_6876cf02e0bc8192b74af0fb64b715ff", "summary": [{"type": "summary_text",
						 "text": "**Planning the answer**"}], "content": [{"type": "reasoning_text", "text": "First, look up"}],
						 "encrypted_content": "gAAAAABoweW3", "status": "completed"}"""),
				Arguments.of(ResponseItem.Compaction.class, """
						{"type": "compaction", "id": "cmp_1", "encrypted_content": "gAAAAABpM0Yj", "created_by": "resp_1"}"""),
				Arguments.of(ResponseItem.CompactionTrigger.class, """
						{"type": "compaction_trigger"}"""),
				Arguments.of(ResponseItem.ItemReference.class, """
						{"type": "item_reference", "id": "msg_67ccd3acc8d48190"}"""),
				Arguments.of(ToolCallItem.FileSearchCall.class, """
						{"type": "file_search_call", "id": "fs_67c09ccea8c48191ade9367e3ba71515", "status": "completed",
						 "queries": ["deep research"], "results": [{"file_id": "file-2dtbBZdjtDKS8eqWxqbgDi", "filename": "deep.pdf",
						 "text": "Deep research is", "score": 0.92, "attributes": {"region": "emea"}}]}"""),
				Arguments.of(ToolCallItem.WebSearchCall.class, """
						{"type": "web_search_call", "id": "ws_1", "status": "completed", "action": {"type": "search",
						 "query": "weather paris", "queries": ["weather paris"], "sources": [{"type": "url", "url": "https://meteofrance.com/"}]}}"""),
				Arguments.of(ToolCallItem.WebSearchCall.class, """
						{"type": "web_search_call", "id": "ws_2", "status": "completed", "action": {"type": "open_page",
						 "url": "https://meteofrance.com/"}}"""),
				Arguments.of(ToolCallItem.WebSearchCall.class, """
						{"type": "web_search_call", "id": "ws_3", "status": "completed", "action": {"type": "find_in_page",
						 "url": "https://meteofrance.com/", "pattern": "Paris"}}"""),
				Arguments.of(ToolCallItem.ComputerCall.class, """
						{"type": "computer_call", "id": "cu_67cc", "call_id": "call_zw3", "status": "completed",
						 "action": {"type": "click", "button": "left", "x": 156, "y": 50},
						 "actions": [{"type": "double_click", "x": 1, "y": 2, "keys": ["SHIFT"]}, {"type": "drag", "path": [{"x": 1, "y": 2},
						  {"x": 3, "y": 4}]}, {"type": "keypress", "keys": ["CTRL", "C"]}, {"type": "move", "x": 5, "y": 6},
						  {"type": "screenshot"}, {"type": "scroll", "x": 7, "y": 8, "scroll_x": 0, "scroll_y": 300},
						  {"type": "type", "text": "hello"}, {"type": "wait"}],
						 "pending_safety_checks": [{"id": "cu_sc_1", "code": "malicious_instructions", "message": "Check the page"}]}"""),
				Arguments.of(ToolCallItem.ComputerCallOutput.class, """
						{"type": "computer_call_output", "id": "cuo_1", "call_id": "call_zw3", "output": {"type": "computer_screenshot",
						 "image_url": "data:image/png;base64,iVBORw0KGgo="}, "acknowledged_safety_checks": [{"id": "cu_sc_1"}],
						 "status": "completed", "created_by": "user_1"}"""),
				Arguments.of(ToolCallItem.ImageGenerationCall.class, """
						{"type": "image_generation_call", "id": "ig_68c1b5ad", "status": "completed", "result": "iVBORw0KGgo="}"""),
				Arguments.of(ToolCallItem.CodeInterpreterCall.class, """
						{"type": "code_interpreter_call", "id": "ci_1", "status": "completed", "container_id": "cntr_682d0e7318108198",
						 "code": "print(2 + 2)", "outputs": [{"type": "logs", "logs": "4\\n"}, {"type": "image",
						 "url": "https://files.openai.com/cfile_1.png"}]}"""),
				Arguments.of(ToolCallItem.ToolSearchCall.class, """
						{"type": "tool_search_call", "id": "tsc_1", "call_id": "call_1", "execution": "server",
						 "arguments": {"query": "calendar"}, "status": "completed"}"""),
				Arguments.of(ToolCallItem.ToolSearchOutput.class, """
						{"type": "tool_search_output", "id": "tso_1", "call_id": "call_1", "execution": "server", "tools": [],
						 "status": "completed"}"""),
				Arguments.of(ToolCallItem.AdditionalTools.class, """
						{"type": "additional_tools", "id": "at_1", "role": "developer", "tools": []}"""),
				Arguments.of(ToolCallItem.Program.class, """
						{"type": "program", "id": "prog_1", "call_id": "call_2", "code": "await tools.search()", "fingerprint": "fp_1"}"""),
				Arguments.of(ToolCallItem.ProgramOutput.class, """
						{"type": "program_output", "id": "po_1", "call_id": "call_2", "result": "[]", "status": "completed"}"""),
				Arguments.of(ShellItem.LocalShellCall.class, """
						{"type": "local_shell_call", "id": "lsh_1", "call_id": "call_3", "status": "completed", "action": {"type": "exec",
						 "command": ["ls", "-la"], "timeout_ms": 10000, "working_directory": "/tmp", "env": {"LANG": "C"}, "user": "agent"}}"""),
				Arguments.of(ShellItem.LocalShellCallOutput.class, """
						{"type": "local_shell_call_output", "id": "call_3", "output": "{\\"stdout\\":\\"total 0\\"}", "status": "completed"}"""),
				Arguments.of(ShellItem.ShellCall.class, """
						{"type": "shell_call", "id": "sh_1", "call_id": "call_4", "action": {"commands": ["pytest -q"], "timeout_ms": 60000,
						 "max_output_length": 4096}, "status": "completed", "environment": {"type": "container_reference",
						 "container_id": "cntr_1"}, "created_by": "resp_1"}"""),
				Arguments.of(ShellItem.ShellCall.class, """
						{"type": "shell_call", "call_id": "call_5", "action": {"commands": ["ls"]}, "environment": {"type": "local",
						 "skills": [{"name": "git", "description": "Git helpers", "path": "/skills/git"}]}}"""),
				Arguments.of(ShellItem.ShellCallOutput.class, """
						{"type": "shell_call_output", "id": "sho_1", "call_id": "call_4", "status": "completed", "output": [
						 {"stdout": "3 passed", "stderr": "", "outcome": {"type": "exit", "exit_code": 0}},
						 {"stdout": "", "stderr": "", "outcome": {"type": "timeout"}}], "max_output_length": 4096}"""),
				Arguments.of(ShellItem.ApplyPatchCall.class, """
						{"type": "apply_patch_call", "id": "ap_1", "call_id": "call_6", "status": "completed",
						 "operation": {"type": "update_file", "path": "src/app.py", "diff": "@@\\n-a\\n+b"}}"""),
				Arguments.of(ShellItem.ApplyPatchCall.class, """
						{"type": "apply_patch_call", "id": "ap_2", "call_id": "call_7", "status": "completed",
						 "operation": {"type": "create_file", "path": "README.md", "diff": "+# App"}}"""),
				Arguments.of(ShellItem.ApplyPatchCall.class, """
						{"type": "apply_patch_call", "id": "ap_3", "call_id": "call_8", "status": "in_progress",
						 "operation": {"type": "delete_file", "path": "old.txt"}}"""),
				Arguments.of(ShellItem.ApplyPatchCallOutput.class, """
						{"type": "apply_patch_call_output", "id": "apo_1", "call_id": "call_6", "status": "failed",
						 "output": "patch does not apply"}"""),
				Arguments.of(McpItem.ListTools.class, """
						{"type": "mcp_list_tools", "id": "mcpl_1", "server_label": "deepwiki", "tools": [{"name": "ask_question",
						 "description": "Ask a question", "input_schema": {"type": "object"}, "annotations": {"read_only": true}}]}"""),
				Arguments.of(McpItem.ApprovalRequest.class, """
						{"type": "mcp_approval_request", "id": "mcpr_1", "server_label": "deepwiki", "name": "ask_question",
						 "arguments": "{\\"question\\":\\"What is MCP?\\"}"}"""),
				Arguments.of(McpItem.ApprovalResponse.class, """
						{"type": "mcp_approval_response", "id": "mcpa_1", "approval_request_id": "mcpr_1", "approve": false,
						 "reason": "not allowed"}"""),
				Arguments.of(McpItem.Call.class, """
						{"type": "mcp_call", "id": "mcp_1", "server_label": "deepwiki", "name": "ask_question",
						 "arguments": "{}", "output": "MCP is a protocol", "error": {"type": "http_error", "code": 502, "message": "Bad gateway"},
						 "status": "completed", "approval_request_id": "mcpr_1"}"""),
				Arguments.of(ResponseItem.Unknown.class, """
						{"type": "hologram_call", "id": "hc_1", "status": "completed", "frames": [1, 2], "scene": {"depth": 3}}"""));
	}

	@ParameterizedTest
	@MethodSource("items")
	void everyItemTypeIsReadIntoItsRecordAndWrittenBackUnchanged(Class<?> type, String json) {
		ResponseItem item = OpenAIJson.mapper().readValue(json, ResponseItem.class);

		assertThat(item).isInstanceOf(type);
		JsonNode expected = OpenAIJson.mapper().readTree(json);
		assertThat(item.type()).isEqualTo(expected.path("type").asString());
		assertThat(item.id()).isEqualTo(expected.has("id") ? expected.path("id").asString() : null);
		assertThat(OpenAIJson.mapper().readTree(OpenAIJson.mapper().writerFor(ResponseItem.class).writeValueAsString(item)))
			.isEqualTo(expected);
	}

	@Test
	void typedAccessorsExposeTheNestedUnions() {
		ToolCallItem.ComputerCall computer = read(items().get(16));
		assertThat(computer.action()).isEqualTo(new ComputerAction.Click("left", 156, 50, null));
		assertThat(computer.actions()).extracting(Object::getClass).containsExactly(ComputerAction.DoubleClick.class,
				ComputerAction.Drag.class, ComputerAction.KeyPress.class, ComputerAction.Move.class,
				ComputerAction.Screenshot.class, ComputerAction.Scroll.class, ComputerAction.Type.class,
				ComputerAction.Wait.class);
		ToolCallItem.CodeInterpreterCall code = read(items().get(19));
		assertThat(code.outputs()).containsExactly(new ToolCallItem.CodeInterpreterOutput.Logs("4\n"),
				new ToolCallItem.CodeInterpreterOutput.Image("https://files.openai.com/cfile_1.png"));
		ShellItem.ShellCallOutput shell = read(items().get(29));
		assertThat(shell.output()).extracting(ShellItem.ShellOutput::outcome)
			.containsExactly(new ShellOutcome.Exit(0), new ShellOutcome.Timeout());
		ResponseItem.FunctionCall call = read(items().get(4));
		assertThat(call.caller()).isEqualTo(new ToolCaller.Program("prog_1"));
		ResponseItem.FunctionCallOutput output = read(items().get(5));
		assertThat(output.outputText()).isEqualTo("22°C");
		ResponseItem.Reasoning reasoning = read(items().get(8));
		assertThat(reasoning.summaryText()).isEqualTo("**Planning the answer**");
		ResponseItem.Message later = read(items().get(3));
		assertThat(later.content().get(1)).isInstanceOfSatisfying(ContentPart.Unknown.class,
				(part) -> assertThat(part.type()).isEqualTo("output_video"));
		assertThat(((ContentPart.OutputText) later.content().get(0)).annotations()).singleElement()
			.isInstanceOfSatisfying(TextAnnotation.Unknown.class, (annotation) -> assertThat(annotation.fields())
				.containsEntry("page", 4));
		ResponseItem.Unknown unknown = read(items().get(items().size() - 1));
		assertThat(unknown.fields()).containsEntry("status", "completed").containsKey("scene");
	}

	@SuppressWarnings("unchecked")
	private static <T> T read(Arguments arguments) {
		return (T) OpenAIJson.mapper().readValue((String) arguments.get()[1], ResponseItem.class);
	}

	@Test
	void messageContentSentAsAStringIsReadAsOneInputTextPart() {
		ResponseItem item = OpenAIJson.mapper().readValue("""
				{"type": "message", "role": "developer", "content": "Answer in French."}""", ResponseItem.class);

		assertThat(item).isEqualTo(ResponseItem.developer("Answer in French."));
	}

	@Test
	void anItemWithoutTypeIsReadWithoutFailingAndKeepsItsFields() {
		ResponseItem item = OpenAIJson.mapper().readValue("""
				{"role": "user", "content": "What is the weather like in Paris today?"}""", ResponseItem.class);

		assertThat(item).isInstanceOfSatisfying(ResponseItem.Unknown.class, (unknown) -> assertThat(unknown.fields())
			.containsEntry("role", "user")
			.containsEntry("content", "What is the weather like in Paris today?"));
	}

	@Test
	void itemsAnApplicationSendsAreWrittenExactly() {
		List<ResponseItem> sent = List.of(ResponseItem.functionCallOutput("call_1", "{\"temperature\":22}"),
				ResponseItem.customToolCallOutput("call_2", "hello world"), McpItem.approve("mcpr_1"),
				McpItem.deny("mcpr_2", "Not on weekends"),
				ToolCallItem.computerOutput("call_3", "data:image/png;base64,iVBORw0KGgo=",
						List.of(new ToolCallItem.SafetyCheck("cu_sc_1", "malicious_instructions", null))),
				ShellItem.localShellOutput("lsh_1", "{\"stdout\":\"ok\"}"),
				ShellItem.shellOutput("call_4", List.of(ShellItem.ShellOutput.exited("3 passed", "", 0))),
				ShellItem.applyPatchOutput("call_5", "completed", null), new ResponseItem.CompactionTrigger(),
				ResponseItem.reference("msg_1"), ResponseItem.assistant("Bonjour"),
				ResponseItem.raw(Map.of("type", "hologram_call_output", "call_id", "call_6")));

		String json = OpenAIJson.mapper().writeValueAsString(ResponseInput.of(sent));

		assertThat(OpenAIJson.mapper().readTree(json)).isEqualTo(OpenAIJson.mapper().readTree("""
				[{"type": "function_call_output", "call_id": "call_1", "output": "{\\"temperature\\":22}"},
				 {"type": "custom_tool_call_output", "call_id": "call_2", "output": "hello world"},
				 {"type": "mcp_approval_response", "approval_request_id": "mcpr_1", "approve": true},
				 {"type": "mcp_approval_response", "approval_request_id": "mcpr_2", "approve": false, "reason": "Not on weekends"},
				 {"type": "computer_call_output", "call_id": "call_3", "output": {"type": "computer_screenshot",
				  "image_url": "data:image/png;base64,iVBORw0KGgo="},
				  "acknowledged_safety_checks": [{"id": "cu_sc_1", "code": "malicious_instructions"}]},
				 {"type": "local_shell_call_output", "id": "lsh_1", "output": "{\\"stdout\\":\\"ok\\"}"},
				 {"type": "shell_call_output", "call_id": "call_4", "output": [{"stdout": "3 passed", "stderr": "",
				  "outcome": {"type": "exit", "exit_code": 0}}]},
				 {"type": "apply_patch_call_output", "call_id": "call_5", "status": "completed"},
				 {"type": "compaction_trigger"},
				 {"type": "item_reference", "id": "msg_1"},
				 {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Bonjour",
				  "annotations": []}]},
				 {"type": "hologram_call_output", "call_id": "call_6"}]
				"""));
	}

}
