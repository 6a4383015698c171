package dev.integrations.openai.images;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The content-moderation level of the GPT image models ({@code moderation}).
 */
public enum ImageModeration {

	/** Less restrictive filtering. */
	@JsonProperty("low")
	LOW,

	/** The default filtering. */
	@JsonProperty("auto")
	AUTO

}
