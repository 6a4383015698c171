package dev.integrations.openai.images;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The file format of generated images ({@code output_format}), for the GPT image models.
 */
public enum ImageOutputFormat {

	/** PNG (the default). */
	PNG,

	/** JPEG. */
	JPEG,

	/** WebP. */
	WEBP,

	/** A value this client does not know yet; read from responses only, never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
