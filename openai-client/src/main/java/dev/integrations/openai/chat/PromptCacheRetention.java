package dev.integrations.openai.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The maximum retention of the prompt cache ({@code prompt_cache_retention}, deprecated in favor of
 * {@link PromptCacheOptions#ttl()}).
 */
public enum PromptCacheRetention {

	/** Cached prefixes stay in memory only. */
	IN_MEMORY,

	/** Extended caching, up to 24 hours. */
	@JsonProperty("24h")
	HOURS_24

}
