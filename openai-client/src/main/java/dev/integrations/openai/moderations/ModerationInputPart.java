package dev.integrations.openai.moderations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.integrations.openai.internal.Validation;

/**
 * One part of a multimodal moderation input: a text or an image. Written with its {@code type} ({@code text} or
 * {@code image_url}).
 */
public sealed interface ModerationInputPart permits ModerationInputPart.Text, ModerationInputPart.ImageUrl {

	/**
	 * A text part.
	 * @param text the text to classify
	 * @return the part
	 */
	static ModerationInputPart text(String text) {
		return new Text(text);
	}

	/**
	 * An image part.
	 * @param url the URL of the image, or a {@code data:image/...;base64,...} URL
	 * @return the part
	 */
	static ModerationInputPart imageUrl(String url) {
		return new ImageUrl(new ImageUrl.Url(url));
	}

	/** @return the wire type of the part */
	@JsonProperty("type")
	String type();

	/**
	 * A text to classify ({@code {"type": "text", "text": "..."}}).
	 *
	 * @param text the text
	 */
	record Text(String text) implements ModerationInputPart {

		/**
		 * Checks the text.
		 */
		public Text {
			Validation.notBlank("text", text);
		}

		@Override
		public String type() {
			return "text";
		}

	}

	/**
	 * An image to classify ({@code {"type": "image_url", "image_url": {"url": "..."}}}).
	 *
	 * @param imageUrl the image reference
	 */
	record ImageUrl(Url imageUrl) implements ModerationInputPart {

		/**
		 * Checks the reference.
		 */
		public ImageUrl {
			Validation.required("image_url", imageUrl);
		}

		@Override
		public String type() {
			return "image_url";
		}

		/**
		 * The URL of an image part.
		 *
		 * @param url an image URL or a base64 data URL
		 */
		public record Url(String url) {

			/**
			 * Checks the URL.
			 */
			public Url {
				Validation.notBlank("image_url.url", url);
			}

		}

	}

}
