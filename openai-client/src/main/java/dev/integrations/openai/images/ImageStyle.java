package dev.integrations.openai.images;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The style of {@code dall-e-3} images ({@code style}).
 */
public enum ImageStyle {

	/** Hyper-real and dramatic (the default). */
	@JsonProperty("vivid")
	VIVID,

	/** More natural, less hyper-real. */
	@JsonProperty("natural")
	NATURAL

}
