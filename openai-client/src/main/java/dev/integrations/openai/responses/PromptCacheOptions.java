package dev.integrations.openai.responses;

import org.jspecify.annotations.Nullable;

/**
 * The prompt-caching options applied to a response ({@code prompt_cache_options}, {@code gpt-5.6} and later).
 *
 * @param ttl the minimum lifetime of each cache breakpoint, such as {@code 30m}
 * @param mode whether implicit breakpoints were enabled: {@code implicit} or {@code explicit}
 */
public record PromptCacheOptions(@Nullable String ttl, @Nullable String mode) {

}
