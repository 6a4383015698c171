package dev.integrations.openai.responses;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;

/**
 * The {@code conversation} of a {@link ResponseRequest}: the conversation the response continues, whose items are
 * prepended to the input and to which the input and output are added. The API takes the ID as a string or as an
 * object {@code {"id": ...}}; both mean the same.
 */
public sealed interface ConversationParam {

	/** @return the conversation ID */
	String id();

	/**
	 * The conversation as its ID, written as a string.
	 * @param id the conversation ID, such as {@code conv_123}
	 * @return the parameter
	 */
	static ConversationParam of(String id) {
		return new Id(id);
	}

	/**
	 * The conversation as an object {@code {"id": ...}}.
	 * @param id the conversation ID
	 * @return the parameter
	 */
	static ConversationParam reference(String id) {
		return new Reference(id);
	}

	/**
	 * The conversation ID, written as a string.
	 *
	 * @param id the conversation ID
	 */
	record Id(@JsonValue String id) implements ConversationParam {

		/**
		 * Checks the ID.
		 */
		public Id {
			Validation.notBlank("conversation", id);
		}

	}

	/**
	 * The conversation, written as an object {@code {"id": ...}}.
	 *
	 * @param id the conversation ID
	 */
	record Reference(String id) implements ConversationParam {

		/**
		 * Checks the ID.
		 */
		public Reference {
			Validation.notBlank("conversation.id", id);
		}

	}

}
