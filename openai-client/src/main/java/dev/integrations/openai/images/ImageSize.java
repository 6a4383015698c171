package dev.integrations.openai.images;

/**
 * Common values of {@code size}, a string because {@code gpt-image-2} accepts any {@code WIDTHxHEIGHT} whose sides
 * are multiples of 16 (for example {@code 1536x864}).
 */
public final class ImageSize {

	/** The model picks the size (GPT image models). */
	public static final String AUTO = "auto";

	/** Square, all models. */
	public static final String SQUARE_1024 = "1024x1024";

	/** Landscape, GPT image models. */
	public static final String LANDSCAPE_1536X1024 = "1536x1024";

	/** Portrait, GPT image models. */
	public static final String PORTRAIT_1024X1536 = "1024x1536";

	/** Small square, {@code dall-e-2}. */
	public static final String SQUARE_256 = "256x256";

	/** Medium square, {@code dall-e-2}. */
	public static final String SQUARE_512 = "512x512";

	/** Wide, {@code dall-e-3}. */
	public static final String LANDSCAPE_1792X1024 = "1792x1024";

	/** Tall, {@code dall-e-3}. */
	public static final String PORTRAIT_1024X1792 = "1024x1792";

	private ImageSize() {
	}

}
