package dev.integrations.openai.images;


/**
 * The style of {@code dall-e-3} images ({@code style}).
 */
public enum ImageStyle {

	/** Hyper-real and dramatic (the default). */
	VIVID,

	/** More natural, less hyper-real. */
	NATURAL

}
