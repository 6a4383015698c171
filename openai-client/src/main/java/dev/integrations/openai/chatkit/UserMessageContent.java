package dev.integrations.openai.chatkit;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireTypeNames;

/**
 * One block of a {@link ChatKitThreadItem.UserMessage}: text the user typed or text the user quoted. A block type
 * this client does not know reads as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = UserMessageContent.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(UserMessageContent.InputText.class),
		@JsonSubTypes.Type(UserMessageContent.QuotedText.class) })
public sealed interface UserMessageContent {

	/** @return the wire type, such as {@code input_text} */
	default String type() {
		return WireTypeNames.of(this);
	}

	/**
	 * Text the user typed ({@code input_text}).
	 *
	 * @param text the text
	 */
	@JsonTypeName("input_text")
	record InputText(String text) implements UserMessageContent {

	}

	/**
	 * A snippet the user quoted ({@code quoted_text}).
	 *
	 * @param text the quoted text
	 */
	@JsonTypeName("quoted_text")
	record QuotedText(String text) implements UserMessageContent {

	}

	/**
	 * A block type this client does not know yet.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read, written back unchanged
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements UserMessageContent {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
