package dev.integrations.openai.moderations;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A request to {@code POST /moderations}.
 *
 * @param input the text(s) or multimodal parts to classify
 * @param model the moderation model, such as {@code omni-moderation-latest}; the API's default when {@code null}
 */
public record ModerationRequest(ModerationInput input, @Nullable String model) {

	/** The current multimodal moderation model. */
	public static final String OMNI_MODERATION_LATEST = "omni-moderation-latest";

	/**
	 * Checks the request.
	 */
	public ModerationRequest {
		Validation.required("input", input);
		if (model != null) {
			Validation.notBlank("model", model);
		}
	}

	/**
	 * A request for one text with the API's default model.
	 * @param text the text
	 * @return the request
	 */
	public static ModerationRequest of(String text) {
		return new ModerationRequest(ModerationInput.of(text), null);
	}

	/**
	 * A request with an explicit model.
	 * @param model the model
	 * @param input the input
	 * @return the request
	 */
	public static ModerationRequest of(String model, ModerationInput input) {
		return new ModerationRequest(input, model);
	}

}
