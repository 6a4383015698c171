package dev.integrations.openai.ratelimit;

import org.jspecify.annotations.Nullable;

/**
 * What one budget is kept for: OpenAI limits requests and tokens per organization or project and per model, and a
 * client name keeps apart clients that reach different accounts or servers.
 *
 * @param client the client's name, such as {@code default} or the key of {@code openai.clients.<name>}
 * @param account the project (else the organization) the client sends, or {@code null} when it sends neither
 * @param model the model the request names, or {@code ""} for a request that names none
 */
public record RateLimitKey(String client, @Nullable String account, String model) {

	/**
	 * Validates the key.
	 */
	public RateLimitKey {
		if (client == null || client.isBlank()) {
			throw new IllegalArgumentException("rate limit key: client must not be blank");
		}
		if (model == null) {
			throw new IllegalArgumentException("rate limit key: model must not be null");
		}
	}

	/**
	 * The key as one string, {@code client/account/model} (the account empty when absent), for a store that keys
	 * its entries by name (such as a Redis key suffix). Two different keys never give the same string as long as
	 * client and account contain no {@code /}.
	 * @return the key as text
	 */
	public String asString() {
		return this.client + '/' + ((this.account != null) ? this.account : "") + '/' + this.model;
	}

}
