package dev.integrations.openai.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;

/**
 * The content of a request message: plain text (sent as a string) or a list of {@link ContentPart}s (sent as an
 * array).
 */
public sealed interface MessageContent {

	/**
	 * Plain text content.
	 * @param text the text
	 * @return the content
	 */
	static MessageContent of(String text) {
		return new Text(text);
	}

	/**
	 * Content made of parts.
	 * @param parts the parts, at least one
	 * @return the content
	 */
	static MessageContent of(List<? extends ContentPart> parts) {
		return new Parts(List.copyOf(parts));
	}

	/**
	 * Plain text, sent as a JSON string.
	 *
	 * @param text the text
	 */
	record Text(@JsonValue String text) implements MessageContent {

		/**
		 * Checks the text.
		 */
		public Text {
			Validation.required("content", text);
		}

	}

	/**
	 * Content parts, sent as a JSON array of typed objects.
	 *
	 * @param parts the parts
	 */
	record Parts(List<ContentPart> parts) implements MessageContent {

		/**
		 * Checks and copies the parts.
		 */
		public Parts {
			parts = List.copyOf(Validation.notEmpty("content", parts));
			parts.forEach(ContentPart::validate);
		}

		/** @return the parts as a typed array, so that each part is written with its {@code type} */
		@JsonValue
		ContentPart[] wireValue() {
			return this.parts.toArray(new ContentPart[0]);
		}

	}

}
