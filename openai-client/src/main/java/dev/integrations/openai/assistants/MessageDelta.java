package dev.integrations.openai.assistants;

import java.util.List;
import java.util.stream.Collectors;

import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * What changed in a message while a run streams ({@code thread.message.delta}).
 *
 * @param id the message ID
 * @param object always {@code thread.message.delta}
 * @param delta the changed fields
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record MessageDelta(String id, String object, Delta delta) {

	/**
	 * The text fragments of this delta, concatenated; append them to rebuild the message text as it streams.
	 * @return the text, empty when this delta carries no text
	 */
	public String text() {
		if (this.delta == null) {
			return "";
		}
		return this.delta.content()
			.stream()
			.filter(MessageContent.Text.class::isInstance)
			.map((part) -> ((MessageContent.Text) part).text())
			.filter(java.util.Objects::nonNull)
			.map(MessageContent.TextValue::value)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.joining());
	}

	/**
	 * The changed fields of a message.
	 *
	 * @param role the role, in the first delta
	 * @param content the changed content parts, each with its {@code index}
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public record Delta(@Nullable MessageRole role, List<MessageContent> content) {

		/**
		 * Normalizes missing content to an empty list.
		 */
		public Delta {
			content = WireLists.copyOf(content);
		}

	}

}
