package dev.integrations.openai.autoconfigure;

import java.time.Duration;

import dev.integrations.openai.ratelimit.RateLimitMode;

/**
 * Proactive rate limiting from the server's {@code x-ratelimit-*} headers.
 * Bound to {@code openai.rate-limit.*} and {@code openai.clients.<name>.rate-limit.*} (see
 * {@link OpenAIProperties}). The defaults are those of
 * {@link dev.integrations.openai.ratelimit.RateLimitSettings#DEFAULTS}.
 */
public class OpenAIRateLimitProperties {

	/** What happens to a call that does not fit the reported budget: wait, fail before sending, or off. */
	private RateLimitMode mode = RateLimitMode.WAIT;

	/** The longest a call waits for the budget in wait mode; one that would wait longer fails at once. */
	private Duration maxWait = Duration.ofSeconds(30);

	/** Output tokens counted for a generating call that sets no max_output_tokens or max_completion_tokens. */
	private int defaultOutputTokens = 1024;

	public RateLimitMode getMode() {
		return this.mode;
	}

	public void setMode(RateLimitMode mode) {
		this.mode = mode;
	}

	public Duration getMaxWait() {
		return this.maxWait;
	}

	public void setMaxWait(Duration maxWait) {
		this.maxWait = maxWait;
	}

	public int getDefaultOutputTokens() {
		return this.defaultOutputTokens;
	}

	public void setDefaultOutputTokens(int defaultOutputTokens) {
		this.defaultOutputTokens = defaultOutputTokens;
	}

}
