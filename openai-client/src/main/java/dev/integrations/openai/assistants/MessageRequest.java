package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A message to create: in a thread, in a new thread, or as an additional message of a run. The content is a
 * plain string or a list of parts; build with {@link #user(String)}, {@link #user(List)} or
 * {@link #assistant(String)}, then add attachments and metadata with the {@code with...} methods.
 *
 * @param role {@code user} or {@code assistant}
 * @param text the content as a plain string, or {@code null} when {@code parts} is set
 * @param parts the content as parts, or {@code null} when {@code text} is set
 * @param attachments files to add to tools
 * @param metadata up to 16 key-value pairs
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record MessageRequest(MessageRole role, @JsonIgnore @Nullable String text,
		@JsonIgnore @Nullable List<MessageInputPart> parts,
		@Nullable List<Attachment> attachments, @Nullable Map<String, String> metadata) {

	/**
	 * Validates the message.
	 */
	public MessageRequest {
		Validation.required("role", role);
		if (role == MessageRole.UNKNOWN) {
			throw new dev.integrations.openai.errors.OpenAIValidationException("role", "role must be user or assistant");
		}
		if ((text == null) == (parts == null)) {
			throw new dev.integrations.openai.errors.OpenAIValidationException("content",
					"content must be either a string or a list of parts");
		}
		if (parts != null) {
			parts = List.copyOf(Validation.notEmpty("content", parts));
		}
		attachments = (attachments != null) ? List.copyOf(attachments) : null;
		if (attachments != null) {
			attachments.forEach(Attachment::validate);
		}
		Validation.metadata("metadata", metadata);
	}

	/**
	 * A user message with text.
	 * @param text the text
	 * @return the message
	 */
	public static MessageRequest user(String text) {
		return new MessageRequest(MessageRole.USER, text, null, null, null);
	}

	/**
	 * A user message with parts (text and images).
	 * @param parts the parts, at least one
	 * @return the message
	 */
	public static MessageRequest user(List<MessageInputPart> parts) {
		return new MessageRequest(MessageRole.USER, null, parts, null, null);
	}

	/**
	 * An assistant message with text, to insert the assistant's side of a conversation.
	 * @param text the text
	 * @return the message
	 */
	public static MessageRequest assistant(String text) {
		return new MessageRequest(MessageRole.ASSISTANT, text, null, null, null);
	}

	/**
	 * A copy with attachments.
	 * @param attachments the attachments
	 * @return the copy
	 */
	public MessageRequest withAttachments(List<Attachment> attachments) {
		return new MessageRequest(this.role, this.text, this.parts, attachments, this.metadata);
	}

	/**
	 * A copy with metadata.
	 * @param metadata up to 16 key-value pairs
	 * @return the copy
	 */
	public MessageRequest withMetadata(Map<String, String> metadata) {
		return new MessageRequest(this.role, this.text, this.parts, this.attachments, metadata);
	}

	/** @return the content as written on the wire: the string or the parts */
	@JsonProperty("content")
	public Object content() {
		return (this.text != null) ? this.text : Validation.required("content", this.parts);
	}

}
