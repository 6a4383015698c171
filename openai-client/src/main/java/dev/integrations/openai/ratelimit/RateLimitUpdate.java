package dev.integrations.openai.ratelimit;

import dev.integrations.openai.common.RateLimitHeaders;

/**
 * What a call tells the store after it acquired a permit: the server's view of the budget from a response's
 * {@code x-ratelimit-*} headers, and what the call gives back of its reservation.
 *
 * @param headers the rate limits of a response (any status, a 429 too); components are {@code null} when the
 * response had no such header, and {@link #NO_HEADERS} when there was no response
 * @param returnedRequests requests given back: 1 for a reservation that was never sent (cancelled while waiting),
 * else 0
 * @param returnedTokens tokens given back: the estimate minus the tokens the response reports as used (negative when
 * the call used more than estimated), the whole estimate for a reservation never sent, 0 when the usage is unknown
 */
public record RateLimitUpdate(RateLimitHeaders headers, long returnedRequests, long returnedTokens) {

	/** No {@code x-ratelimit-*} header at all. */
	public static final RateLimitHeaders NO_HEADERS = new RateLimitHeaders(null, null, null, null, null, null);

	/**
	 * The headers of a response, nothing given back.
	 * @param headers the rate limits of the response
	 * @return the update
	 */
	public static RateLimitUpdate headers(RateLimitHeaders headers) {
		return new RateLimitUpdate(headers, 0, 0);
	}

	/**
	 * The correction once the actual usage is known.
	 * @param estimatedTokens the tokens reserved
	 * @param usedTokens the tokens the response reports
	 * @return the update
	 */
	public static RateLimitUpdate usage(long estimatedTokens, long usedTokens) {
		return new RateLimitUpdate(NO_HEADERS, 0, estimatedTokens - usedTokens);
	}

	/**
	 * A reservation that was never sent, given back whole.
	 * @param estimatedTokens the tokens reserved
	 * @return the update
	 */
	public static RateLimitUpdate unused(long estimatedTokens) {
		return new RateLimitUpdate(NO_HEADERS, 1, estimatedTokens);
	}

}
