package dev.integrations.openai.chatkit;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A ChatKit session and its resolved configuration ({@code chatkit.session}). Hand {@link #clientSecret()} to the
 * ChatKit front end; {@link #toString()} does not show it.
 *
 * @param id the session ID, such as {@code cksess_123}
 * @param object always {@code chatkit.session}
 * @param expiresAt when the session expires, in Unix seconds (see {@link #expiresAtInstant()})
 * @param clientSecret the ephemeral secret the front end authenticates its requests with
 * @param workflow the workflow the session runs, its version, state variables and tracing
 * @param user the end user the session belongs to
 * @param rateLimits the resolved per-minute request limit
 * @param maxRequestsPer1Minute a copy of the per-minute request limit
 * @param status the lifecycle state
 * @param chatkitConfiguration the resolved thread titling, upload and history settings
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record ChatSession(String id, String object, long expiresAt, String clientSecret, ChatKitWorkflow workflow,
		String user, @Nullable RateLimits rateLimits,
		@JsonProperty("max_requests_per_1_minute") @Nullable Integer maxRequestsPer1Minute, ChatSessionStatus status,
		@Nullable ChatKitConfiguration chatkitConfiguration,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Reads a missing status as {@link ChatSessionStatus#UNKNOWN}.
	 */
	public ChatSession {
		extra = Extras.copy(extra);
		status = (status != null) ? status : ChatSessionStatus.UNKNOWN;
	}

	/** @return {@link #expiresAt()} as an instant */
	public Instant expiresAtInstant() {
		return Instant.ofEpochSecond(this.expiresAt);
	}

	@Override
	public String toString() {
		return "ChatSession[id=" + this.id + ", clientSecret=(hidden), expiresAt=" + this.expiresAt + ", workflow="
				+ this.workflow + ", user=" + this.user + ", rateLimits=" + this.rateLimits + ", status=" + this.status
				+ ", chatkitConfiguration=" + this.chatkitConfiguration + ", extra=" + this.extra + "]";
	}

	/**
	 * Per-minute request limits: resolved in a session ({@code rate_limits}), or an override in a
	 * {@link ChatSessionRequest} (the API's default is 10).
	 *
	 * @param maxRequestsPer1Minute the most requests per one-minute window, at least 1
	 */
	public record RateLimits(@JsonProperty("max_requests_per_1_minute") @Nullable Integer maxRequestsPer1Minute) {

		/**
		 * A limit to request.
		 * @param maxRequestsPer1Minute the most requests per minute, at least 1
		 * @return the limits
		 */
		public static RateLimits perMinute(int maxRequestsPer1Minute) {
			return new RateLimits(maxRequestsPer1Minute);
		}

		/** Checks the request rule: at least one request per minute. */
		void validate() {
			Validation.range("rate_limits.max_requests_per_1_minute", this.maxRequestsPer1Minute, 1, Integer.MAX_VALUE);
		}

	}

}
