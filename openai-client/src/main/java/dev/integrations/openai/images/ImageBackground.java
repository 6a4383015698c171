package dev.integrations.openai.images;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The background of generated images ({@code background}), for the GPT image models. A transparent background needs
 * the {@code png} or {@code webp} output format.
 */
public enum ImageBackground {

	/** A transparent background. */
	TRANSPARENT,

	/** An opaque background. */
	OPAQUE,

	/** The model decides (the default). */
	AUTO,

	/** A value this client does not know yet; read from responses only, never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
