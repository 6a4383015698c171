package dev.integrations.openai.realtime;

import org.jspecify.annotations.Nullable;

/**
 * One rate limit of a {@code rate_limits.updated} event.
 *
 * @param name the limit, {@code requests} or {@code tokens}
 * @param limit the maximum allowed value
 * @param remaining the value left before the limit is reached
 * @param resetSeconds seconds until the limit resets
 */
public record RealtimeRateLimit(@Nullable String name, @Nullable Long limit, @Nullable Long remaining,
		@Nullable Double resetSeconds) {

}
