package dev.integrations.openai.responses;

import org.jspecify.annotations.Nullable;

/**
 * Configuration of the model's text output ({@code text}).
 *
 * @param format the output format, or {@code null} for plain text
 * @param verbosity {@code low}, {@code medium} (default) or {@code high}
 */
public record TextConfig(@Nullable TextFormat format, @Nullable String verbosity) {

	/**
	 * Checks the request rules of the format; the client calls this before sending the configuration.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		if (this.format != null) {
			this.format.validate();
		}
	}

	/**
	 * Text output in a format.
	 * @param format the format
	 * @return the configuration
	 */
	public static TextConfig of(TextFormat format) {
		return new TextConfig(format, null);
	}

}
