package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * One part of a message's content: text with annotations, an image file, an image URL, or a refusal. The same
 * types carry stream deltas ({@code thread.message.delta}), where {@code index} is set and the other fields hold
 * only what changed. A part type this client does not know reads as {@link Unknown}.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = MessageContent.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(MessageContent.Text.class),
		@JsonSubTypes.Type(MessageContent.ImageFileContent.class),
		@JsonSubTypes.Type(MessageContent.ImageUrlContent.class),
		@JsonSubTypes.Type(MessageContent.Refusal.class) })
public sealed interface MessageContent {

	/** @return the position of this part, in stream deltas only */
	@Nullable Integer index();

	/**
	 * Text ({@code text}).
	 *
	 * @param index the position of the part, in stream deltas only
	 * @param text the text and its annotations
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("text")
	record Text(@Nullable Integer index, TextValue text) implements MessageContent {

	}

	/**
	 * The text of a {@link Text} part.
	 *
	 * @param value the text; in deltas, the next fragment
	 * @param annotations the annotations
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record TextValue(@Nullable String value, List<Annotation> annotations) {

		/**
		 * Normalizes missing annotations to an empty list.
		 */
		public TextValue {
			annotations = WireLists.copyOf(annotations);
		}

	}

	/**
	 * An image file ({@code image_file}).
	 *
	 * @param index the position of the part, in stream deltas only
	 * @param imageFile the image
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("image_file")
	record ImageFileContent(@Nullable Integer index, ImageFile imageFile) implements MessageContent {

	}

	/**
	 * An image URL ({@code image_url}).
	 *
	 * @param index the position of the part, in stream deltas only
	 * @param imageUrl the image
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("image_url")
	record ImageUrlContent(@Nullable Integer index, ImageUrl imageUrl) implements MessageContent {

	}

	/**
	 * A refusal by the model ({@code refusal}).
	 *
	 * @param index the position of the part, in stream deltas only
	 * @param refusal the refusal text
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("refusal")
	record Refusal(@Nullable Integer index, @Nullable String refusal) implements MessageContent {

	}

	/**
	 * A part type this client does not know yet.
	 *
	 * @param index the position of the part, in stream deltas only
	 * @param type the type, as read
	 * @param fields the other fields, as read, written back unchanged
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Unknown(@Nullable Integer index, @JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements MessageContent {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
