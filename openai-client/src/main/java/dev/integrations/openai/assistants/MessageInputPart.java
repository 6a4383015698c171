package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.integrations.openai.internal.Validation;

/**
 * One part of the content of a message being created: text, an image file or an image URL (images need a
 * vision-capable model).
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public sealed interface MessageInputPart {

	/**
	 * The part type, written as {@code type} (each part names itself, so that it is written right however the
	 * content is declared).
	 * @return {@code text}, {@code image_file} or {@code image_url}
	 */
	@JsonProperty("type")
	String type();

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

		@Override
		public String type() {
			return "text";
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

		@Override
		public String type() {
			return "image_file";
		}

	}

	/**
	 * An image URL ({@code image_url}).
	 *
	 * @param imageUrl the image
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record ImageUrlPart(ImageUrl imageUrl) implements MessageInputPart {

		@Override
		public String type() {
			return "image_url";
		}

	}

}
