package dev.integrations.openai.images;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The quality of generated images ({@code quality}). {@code HIGH}, {@code MEDIUM} and {@code LOW} are for the GPT image
 * models, {@code HD} and {@code STANDARD} for {@code dall-e-3}; {@code STANDARD} is the only one for {@code dall-e-2}.
 */
public enum ImageQuality {

	/** Standard quality (DALL-E). */
	@JsonProperty("standard")
	STANDARD,

	/** Finer details ({@code dall-e-3}). */
	@JsonProperty("hd")
	HD,

	/** Low quality (GPT image models). */
	@JsonProperty("low")
	LOW,

	/** Medium quality (GPT image models). */
	@JsonProperty("medium")
	MEDIUM,

	/** High quality (GPT image models). */
	@JsonProperty("high")
	HIGH,

	/** The best quality for the model (the default). */
	@JsonProperty("auto")
	AUTO,

	/** A value this client does not know yet; read from responses only, never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
