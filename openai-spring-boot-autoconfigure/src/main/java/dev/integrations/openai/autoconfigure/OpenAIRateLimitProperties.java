package dev.integrations.openai.autoconfigure;

import java.time.Duration;

import dev.integrations.openai.ratelimit.RateLimitMode;
import dev.integrations.openai.ratelimit.RateLimitSettings;

/**
 * Proactive rate limiting from the server's {@code x-ratelimit-*} headers.
 * Bound to {@code openai.rate-limit.*} and {@code openai.clients.<name>.rate-limit.*} (see
 * {@link OpenAIProperties}).
 */
public class OpenAIRateLimitProperties {

	/** What happens to a call that does not fit the reported budget: wait, fail before sending, or off. */
	private RateLimitMode mode = RateLimitSettings.DEFAULTS.mode();

	/** The longest a call waits for the budget in wait mode; one that would wait longer fails at once. */
	private Duration maxWait = RateLimitSettings.DEFAULTS.maxWait();

	/** Output tokens counted for a generating call that sets no max_output_tokens or max_completion_tokens. */
	private int defaultOutputTokens = RateLimitSettings.DEFAULTS.defaultOutputTokens();

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
