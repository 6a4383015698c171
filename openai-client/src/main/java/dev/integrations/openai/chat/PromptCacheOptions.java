package dev.integrations.openai.chat;

import org.jspecify.annotations.Nullable;

/**
 * Options for prompt caching ({@code prompt_cache_options}), supported by {@code gpt-5.6} and later models.
 *
 * @param ttl the minimum lifetime of every cache breakpoint the request writes; {@code 30m} is currently the only
 * value
 * @param mode whether OpenAI creates an implicit cache breakpoint
 */
public record PromptCacheOptions(@Nullable String ttl, @Nullable Mode mode) {

	/** The only TTL the API currently accepts. */
	public static final String TTL_30_MINUTES = "30m";

	/**
	 * Whether OpenAI creates an implicit cache breakpoint.
	 */
	public enum Mode {

		/** One implicit breakpoint plus up to three explicit ones (the default). */
		IMPLICIT,

		/** Only the explicit breakpoints marked on content parts. */
		EXPLICIT

	}

}
