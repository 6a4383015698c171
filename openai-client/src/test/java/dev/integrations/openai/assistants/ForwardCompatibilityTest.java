package dev.integrations.openai.assistants;

import java.util.List;

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

	@Test
	void anUnknownMemberKeepsEveryFieldAndWritesItBackUnchanged() {
		String added = """
				{"type":"hologram","index":0,"id":"call_9","text":"[2]","depth":3,"layers":[{"name":"base"}]}""";
		for (Class<?> union : List.of(AssistantTool.class, MessageContent.class, Annotation.class, StepDetails.class,
				RunStepToolCall.class, CodeInterpreterOutput.class)) {
			Object read = OpenAIJson.mapper().readValue(added, union);

			assertThat(read.getClass().getSimpleName()).as(union.getSimpleName()).isEqualTo("Unknown");
			assertThat(OpenAIJson.mapper().readTree(OpenAIJson.mapper().writeValueAsString(read)))
				.as(union.getSimpleName())
				.isEqualTo(OpenAIJson.mapper().readTree(added));
		}
		MessageContent.Unknown content = (MessageContent.Unknown) OpenAIJson.mapper().readValue(added,
				MessageContent.class);
		assertThat(content.type()).isEqualTo("hologram");
		assertThat(content.index()).isZero();
		assertThat(content.fields()).containsEntry("depth", 3).containsKeys("id", "text", "layers");
	}

	@Test
	void knownMembersWriteTheirTypeName() {
		assertThat(OpenAIJson.mapper().writeValueAsString(AssistantTool.codeInterpreter()))
			.isEqualTo("{\"type\":\"code_interpreter\"}");
		assertThat(OpenAIJson.mapper().readValue("{\"type\":\"file_search\"}", AssistantTool.class))
			.isInstanceOf(AssistantTool.FileSearch.class);
	}

}
