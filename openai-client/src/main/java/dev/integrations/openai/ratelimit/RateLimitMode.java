package dev.integrations.openai.ratelimit;

/**
 * What the client does with a call that does not fit the rate-limit budget.
 */
public enum RateLimitMode {

	/** Delays it (without blocking a thread on the reactive path) until it fits, up to the maximum wait. */
	WAIT,

	/** Fails it before sending with a {@link dev.integrations.openai.errors.RateLimitException}. */
	FAIL,

	/** Sends it: no proactive limiting, only the retries of 429 answers. */
	OFF

}
