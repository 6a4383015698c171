package dev.integrations.openai.assistants;

import java.util.List;

import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.internal.WireLists;

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
	 * Normalizes missing tools to an empty list. An attachment read from a response is taken as it is; the request
	 * rules are checked by {@link #validate()} when it is sent.
	 */
	public Attachment {
		tools = WireLists.copyOf(tools);
	}

	/**
	 * Checks the request rules of the attachment; the client calls this before sending it.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		Validation.notBlank("attachments.file_id", this.fileId);
		for (AssistantTool tool : this.tools) {
			if (tool instanceof AssistantTool.Function) {
				throw new dev.integrations.openai.errors.OpenAIValidationException("attachments.tools",
						"attachments.tools accepts code_interpreter and file_search only");
			}
			tool.validate();
		}
	}

	/**
	 * Attaches a file to tools.
	 * @param fileId the file ID
	 * @param tools the tools
	 * @return the attachment
	 */
	public static Attachment of(String fileId, AssistantTool... tools) {
		Attachment attachment = new Attachment(fileId, List.of(tools));
		attachment.validate();
		return attachment;
	}

}
