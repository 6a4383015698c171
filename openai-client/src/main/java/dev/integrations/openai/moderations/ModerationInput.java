package dev.integrations.openai.moderations;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;

/**
 * The {@code input} of a moderation request: one text, several texts, or multimodal parts (texts and images).
 * Each shape is written as the JSON the API expects.
 */
public sealed interface ModerationInput permits ModerationInput.Text, ModerationInput.Texts, ModerationInput.Parts {

	/**
	 * One text.
	 * @param text the text
	 * @return the input
	 */
	static ModerationInput of(String text) {
		return new Text(text);
	}

	/**
	 * Several texts; the response has one result per text, in order.
	 * @param texts the texts, at least one
	 * @return the input
	 */
	static ModerationInput of(List<String> texts) {
		return new Texts(texts);
	}

	/**
	 * Multimodal parts, classified together into one result (needs an {@code omni-moderation} model).
	 * @param parts the parts, at least one
	 * @return the input
	 */
	static ModerationInput ofParts(ModerationInputPart... parts) {
		return new Parts(Arrays.asList(parts));
	}

	/**
	 * One text, written as a JSON string.
	 *
	 * @param text the text
	 */
	record Text(@JsonValue String text) implements ModerationInput {

		/**
		 * Checks the text.
		 */
		public Text {
			Validation.required("input", text);
		}

	}

	/**
	 * Several texts, written as a JSON array of strings.
	 *
	 * @param texts the texts
	 */
	record Texts(@JsonValue List<String> texts) implements ModerationInput {

		/**
		 * Checks and copies the texts.
		 */
		public Texts {
			texts = List.copyOf(Validation.notEmpty("input", texts));
		}

	}

	/**
	 * Multimodal parts, written as a JSON array of typed objects.
	 *
	 * @param parts the parts
	 */
	record Parts(@JsonValue List<ModerationInputPart> parts) implements ModerationInput {

		/**
		 * Checks and copies the parts.
		 */
		public Parts {
			parts = List.copyOf(Validation.notEmpty("input", parts));
		}

	}

}
