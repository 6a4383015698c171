package dev.integrations.openai.assistants;

import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Types the API adds later (a new tool, tool call, step, output or annotation type) parse as {@code Unknown}
 * instead of failing the whole response.
 */
@SuppressWarnings("deprecation")
class ForwardCompatibilityTest {

	@Test
	void unknownUnionMembersReadAsUnknown() {
		StepDetails details = OpenAIJson.mapper().readValue("""
				{"type": "tool_calls", "tool_calls": [
				  {"id": "call_1", "type": "computer_use", "computer_use": {"action": "click"}},
				  {"id": "call_2", "type": "code_interpreter", "code_interpreter": {"input": "1+1", "outputs": [
				    {"type": "audio", "audio": {"file_id": "file-1"}}]}}]}
				""", StepDetails.class);

		assertThat(details).isInstanceOfSatisfying(StepDetails.ToolCalls.class, (calls) -> {
			assertThat(calls.toolCalls().get(0)).isInstanceOfSatisfying(RunStepToolCall.Unknown.class,
					(unknown) -> assertThat(unknown.id()).isEqualTo("call_1"));
			assertThat(calls.toolCalls().get(1)).isInstanceOfSatisfying(RunStepToolCall.CodeInterpreterCall.class,
					(call) -> assertThat(call.codeInterpreter().outputs()).singleElement()
						.isInstanceOf(CodeInterpreterOutput.Unknown.class));
		});
		assertThat(OpenAIJson.mapper().readValue("{\"type\": \"workflow_summary\"}", StepDetails.class))
			.isInstanceOf(StepDetails.Unknown.class);
		assertThat(OpenAIJson.mapper().readValue("{\"type\": \"mcp\", \"server_label\": \"docs\"}", AssistantTool.class))
			.isInstanceOf(AssistantTool.Unknown.class);
		assertThat(OpenAIJson.mapper().readValue("{\"type\": \"url_citation\", \"text\": \"[1]\"}", Annotation.class))
			.isInstanceOfSatisfying(Annotation.Unknown.class, (annotation) -> assertThat(annotation.text()).isEqualTo("[1]"));
	}

}
