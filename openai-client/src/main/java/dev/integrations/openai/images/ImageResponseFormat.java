package dev.integrations.openai.images;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How {@code dall-e-2} and {@code dall-e-3} return images ({@code response_format}); the GPT image models always
 * return base64.
 */
public enum ImageResponseFormat {

	/** A URL, valid for 60 minutes. */
	@JsonProperty("url")
	URL,

	/** Base64 in the response ({@link Image#b64Json()}). */
	@JsonProperty("b64_json")
	B64_JSON

}
