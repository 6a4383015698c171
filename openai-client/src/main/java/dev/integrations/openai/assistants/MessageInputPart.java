package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.internal.Validation;

/**
 * One part of the content of a message being created: text, an image file or an image URL (images need a
 * vision-capable model).
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = MessageInputPart.Text.class, name = "text"),
		@JsonSubTypes.Type(value = MessageInputPart.ImageFilePart.class, name = "image_file"),
		@JsonSubTypes.Type(value = MessageInputPart.ImageUrlPart.class, name = "image_url") })
public sealed interface MessageInputPart {

	/**
	 * A text part.
	 * @param text the text
	 * @return the part
	 */
	static MessageInputPart text(String text) {
		return new Text(text);
	}

	/**
	 * An image from an uploaded file.
	 * @param fileId the file ID
	 * @param detail the detail level, or {@code null} for {@code auto}
	 * @return the part
	 */
	static MessageInputPart imageFile(String fileId, @org.jspecify.annotations.Nullable ImageDetail detail) {
		Validation.notBlank("content.image_file.file_id", fileId);
		return new ImageFilePart(new ImageFile(fileId, detail));
	}

	/**
	 * An image from a URL.
	 * @param url the image URL
	 * @param detail the detail level, or {@code null} for {@code auto}
	 * @return the part
	 */
	static MessageInputPart imageUrl(String url, @org.jspecify.annotations.Nullable ImageDetail detail) {
		Validation.notBlank("content.image_url.url", url);
		return new ImageUrlPart(new ImageUrl(url, detail));
	}

	/**
	 * Text ({@code {"type": "text", "text": "..."}}).
	 *
	 * @param text the text
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Text(String text) implements MessageInputPart {

		/**
		 * Validates the text.
		 */
		public Text {
			Validation.required("content.text", text);
		}

	}

	/**
	 * An image file ({@code image_file}).
	 *
	 * @param imageFile the image
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record ImageFilePart(ImageFile imageFile) implements MessageInputPart {

	}

	/**
	 * An image URL ({@code image_url}).
	 *
	 * @param imageUrl the image
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record ImageUrlPart(ImageUrl imageUrl) implements MessageInputPart {

	}

}
