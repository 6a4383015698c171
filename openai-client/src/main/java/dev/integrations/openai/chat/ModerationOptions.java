package dev.integrations.openai.chat;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Moderation of the request input and generated output ({@code moderation}).
 *
 * @param model the moderation model, such as {@code omni-moderation-latest}
 * @param policy what to do with input and output, or {@code null} for the default
 */
public record ModerationOptions(String model, @Nullable Policy policy) {

	/**
	 * Checks the model.
	 */
	public ModerationOptions {
		Validation.notBlank("moderation.model", model);
	}

	/**
	 * The policy applied to input and output.
	 *
	 * @param input the policy for the input
	 * @param output the policy for the output
	 */
	public record Policy(@Nullable Config input, @Nullable Config output) {

	}

	/**
	 * One side's policy: {@code {"mode": "score" | "block"}}.
	 *
	 * @param mode the mode
	 */
	public record Config(Mode mode) {

	}

	/**
	 * Whether moderation only scores or also blocks.
	 */
	public enum Mode {

		/** Score only. */
		SCORE,

		/** Block flagged content. */
		BLOCK

	}

}
