package dev.integrations.openai.ratelimit;

import org.jspecify.annotations.Nullable;

/**
 * The current budget of one key, as health shows it. A component is {@code null} when the server never reported it.
 *
 * @param key the key
 * @param limitRequests requests allowed per window
 * @param remainingRequests requests available now, after refill and reservations
 * @param limitTokens tokens allowed per window
 * @param remainingTokens tokens available now, after refill and reservations
 */
public record RateLimitHeadroom(RateLimitKey key, @Nullable Long limitRequests, @Nullable Long remainingRequests,
		@Nullable Long limitTokens, @Nullable Long remainingTokens) {

}
