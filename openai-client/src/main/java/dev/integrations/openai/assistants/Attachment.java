package dev.integrations.openai.assistants;

import java.util.List;

import dev.integrations.openai.internal.Validation;

/**
 * A file attached to a message and the tools it is added to ({@code code_interpreter}, {@code file_search}).
 *
 * @param fileId the file ID
 * @param tools the tools to add the file to
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record Attachment(String fileId, List<AssistantTool> tools) {

	/**
	 * Validates the attachment.
	 */
	public Attachment {
		Validation.notBlank("attachments.file_id", fileId);
		tools = (tools != null) ? List.copyOf(tools) : List.of();
		for (AssistantTool tool : tools) {
			if (tool instanceof AssistantTool.Function) {
				throw new dev.integrations.openai.errors.OpenAIValidationException("attachments.tools",
						"attachments.tools accepts code_interpreter and file_search only");
			}
		}
	}

	/**
	 * Attaches a file to tools.
	 * @param fileId the file ID
	 * @param tools the tools
	 * @return the attachment
	 */
	public static Attachment of(String fileId, AssistantTool... tools) {
		return new Attachment(fileId, List.of(tools));
	}

}
