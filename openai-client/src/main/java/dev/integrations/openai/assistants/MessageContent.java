package dev.integrations.openai.assistants;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
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
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = MessageContent.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = MessageContent.Text.class, name = "text"),
		@JsonSubTypes.Type(value = MessageContent.ImageFileContent.class, name = "image_file"),
		@JsonSubTypes.Type(value = MessageContent.ImageUrlContent.class, name = "image_url"),
		@JsonSubTypes.Type(value = MessageContent.Refusal.class, name = "refusal") })
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
	record Refusal(@Nullable Integer index, @Nullable String refusal) implements MessageContent {

	}

	/**
	 * A part type this client does not know yet.
	 *
	 * @param index the position of the part, in stream deltas only
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Unknown(@Nullable Integer index) implements MessageContent {

	}

}
