package dev.integrations.openai.images;


/**
 * The content-moderation level of the GPT image models ({@code moderation}).
 */
public enum ImageModeration {

	/** Less restrictive filtering. */
	LOW,

	/** The default filtering. */
	AUTO

}
