package dev.integrations.openai.images;


/**
 * How {@code dall-e-2} and {@code dall-e-3} return images ({@code response_format}); the GPT image models always
 * return base64.
 */
public enum ImageResponseFormat {

	/** A URL, valid for 60 minutes. */
	URL,

	/** Base64 in the response ({@link Image#b64Json()}). */
	B64_JSON

}
