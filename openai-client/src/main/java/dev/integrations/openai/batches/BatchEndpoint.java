package dev.integrations.openai.batches;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The endpoints a batch can run; every request of one batch goes to the same endpoint.
 */
public enum BatchEndpoint {

	/** {@code /v1/responses}. */
	RESPONSES("/v1/responses"),

	/** {@code /v1/chat/completions}. */
	CHAT_COMPLETIONS("/v1/chat/completions"),

	/** {@code /v1/embeddings}; at most 50,000 embedding inputs across the whole batch. */
	EMBEDDINGS("/v1/embeddings"),

	/** {@code /v1/completions}. */
	COMPLETIONS("/v1/completions"),

	/** {@code /v1/moderations}. */
	MODERATIONS("/v1/moderations"),

	/** {@code /v1/images/generations}. */
	IMAGES_GENERATIONS("/v1/images/generations"),

	/** {@code /v1/images/edits}. */
	IMAGES_EDITS("/v1/images/edits"),

	/** {@code /v1/videos}. */
	VIDEOS("/v1/videos");

	private final String url;

	BatchEndpoint(String url) {
		this.url = url;
	}

	/** @return the relative URL, as written in {@code endpoint} and in each input line's {@code url} */
	@JsonValue
	public String url() {
		return this.url;
	}

	/**
	 * Finds the endpoint of a relative URL.
	 * @param url a URL such as {@code /v1/chat/completions}
	 * @return the endpoint, or empty when batches do not support the URL
	 */
	public static Optional<BatchEndpoint> fromUrl(String url) {
		return Arrays.stream(values()).filter((endpoint) -> endpoint.url.equals(url)).findFirst();
	}

}
