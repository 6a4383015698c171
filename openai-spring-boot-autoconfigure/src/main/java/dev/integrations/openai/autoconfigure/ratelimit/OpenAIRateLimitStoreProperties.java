package dev.integrations.openai.autoconfigure.ratelimit;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the rate-limit budgets of the application's clients live: {@code openai.rate-limit.store} and, for a fleet,
 * {@code openai.rate-limit.redis.*}. One store per application, shared by all its clients (their keys carry the
 * client's name); the per-client settings ({@code mode}, {@code max-wait}, ...) are in
 * {@link dev.integrations.openai.autoconfigure.OpenAIRateLimitProperties}.
 */
@ConfigurationProperties("openai.rate-limit")
public class OpenAIRateLimitStoreProperties {

	/** Where the budgets live: local (this instance's memory) or redis (shared by every instance). */
	private Store store = Store.LOCAL;

	/** The Redis store of openai.rate-limit.store=redis. */
	private final Redis redis = new Redis();

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public Redis getRedis() {
		return this.redis;
	}

	/** Where the budgets live. */
	public enum Store {

		/** In this instance's memory. */
		LOCAL,

		/** In Redis, shared by every instance that uses the same Redis and key prefix. */
		REDIS

	}

	/** The Redis store. */
	public static class Redis {

		/** Prefix of the Redis keys of the budgets. */
		private String keyPrefix = "openai:rate-limit:";

		/** Longest a Redis operation may take before the call falls back to the instance's local budget. */
		private Duration timeout = Duration.ofSeconds(1);

		/** How long after Redis failed it is tried again (by one call). */
		private Duration retryInterval = Duration.ofSeconds(5);

		/** Requests per minute of each model until the server reports its limit (unset: learnt from the headers). */
		private @Nullable Long requestsPerMinute;

		/** Tokens per minute of each model until the server reports its limit (unset: learnt from the headers). */
		private @Nullable Long tokensPerMinute;

		public String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Duration getRetryInterval() {
			return this.retryInterval;
		}

		public void setRetryInterval(Duration retryInterval) {
			this.retryInterval = retryInterval;
		}

		public @Nullable Long getRequestsPerMinute() {
			return this.requestsPerMinute;
		}

		public void setRequestsPerMinute(@Nullable Long requestsPerMinute) {
			this.requestsPerMinute = requestsPerMinute;
		}

		public @Nullable Long getTokensPerMinute() {
			return this.tokensPerMinute;
		}

		public void setTokensPerMinute(@Nullable Long tokensPerMinute) {
			this.tokensPerMinute = tokensPerMinute;
		}

		RedisRateLimitOptions toOptions() {
			return new RedisRateLimitOptions(this.keyPrefix, this.timeout, this.retryInterval, this.requestsPerMinute,
					this.tokensPerMinute);
		}

	}

}
