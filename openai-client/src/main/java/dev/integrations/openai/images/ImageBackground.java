package dev.integrations.openai.images;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The background of generated images ({@code background}), for the GPT image models. A transparent background needs
 * the {@code png} or {@code webp} output format.
 */
public enum ImageBackground {

	/** A transparent background. */
	@JsonProperty("transparent")
	TRANSPARENT,

	/** An opaque background. */
	@JsonProperty("opaque")
	OPAQUE,

	/** The model decides (the default). */
	@JsonProperty("auto")
	AUTO,

	/** A value this client does not know yet; read from responses only, never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
