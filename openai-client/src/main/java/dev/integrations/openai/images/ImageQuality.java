package dev.integrations.openai.images;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The quality of generated images ({@code quality}). {@code HIGH}, {@code MEDIUM} and {@code LOW} are for the GPT image
 * models, {@code HD} and {@code STANDARD} for {@code dall-e-3}; {@code STANDARD} is the only one for {@code dall-e-2}.
 */
public enum ImageQuality {

	/** Standard quality (DALL-E). */
	STANDARD,

	/** Finer details ({@code dall-e-3}). */
	HD,

	/** Low quality (GPT image models). */
	LOW,

	/** Medium quality (GPT image models). */
	MEDIUM,

	/** High quality (GPT image models). */
	HIGH,

	/** The best quality for the model (the default). */
	AUTO,

	/** A value this client does not know yet; read from responses only, never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
