package dev.integrations.openai.chatkit;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /chatkit/sessions}. Build with {@link #builder()}; the workflow and the user are required.
 *
 * @param workflow the workflow that powers the session
 * @param user the end user; the session can reach the other objects with the same {@code user} scope
 * @param expiresAfter when the session expires, 1 to 600 seconds after creation (the API's default is 10 minutes)
 * @param rateLimits the per-minute request limit (the API's default is 10)
 * @param chatkitConfiguration overrides of the ChatKit features
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record ChatSessionRequest(ChatKitWorkflow workflow, String user, @Nullable ExpiresAfter expiresAfter,
		ChatSession.@Nullable RateLimits rateLimits, @Nullable ChatKitConfiguration chatkitConfiguration,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the fields.
	 */
	public ChatSessionRequest {
		extra = Extras.copy(extra);
		Validation.required("workflow", workflow).validate();
		Validation.notBlank("user", user);
		if (rateLimits != null) {
			rateLimits.validate();
		}
		if (chatkitConfiguration != null) {
			chatkitConfiguration.validate();
		}
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * Starts a builder holding this request's values.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * When a session expires ({@code expires_after}): a number of seconds after its creation.
	 *
	 * @param anchor the anchor timestamp; only {@code created_at}
	 * @param seconds seconds after the anchor, 1 to 600
	 */
	public record ExpiresAfter(String anchor, long seconds) {

		/**
		 * Checks the fields.
		 */
		public ExpiresAfter {
			if (!"created_at".equals(Validation.notBlank("expires_after.anchor", anchor))) {
				throw new OpenAIValidationException("expires_after.anchor",
						"expires_after.anchor must be created_at, was " + anchor);
			}
			Validation.range("expires_after.seconds", seconds, 1, 600);
		}

		/**
		 * Expires the session a duration after its creation.
		 * @param duration 1 second to 10 minutes, in whole seconds
		 * @return the expiration
		 */
		public static ExpiresAfter creation(Duration duration) {
			return new ExpiresAfter("created_at", duration.toSeconds());
		}

	}

	/**
	 * Builds a {@link ChatSessionRequest}.
	 */
	public static final class Builder extends RecordBuilder<ChatSessionRequest, Builder> {

		private Builder(@Nullable ChatSessionRequest from) {
			super(ChatSessionRequest.class, from);
		}

		/** Sets the workflow (required). */
		public Builder workflow(ChatKitWorkflow workflow) {
			return set("workflow", workflow);
		}

		/** Sets the workflow (required) to the latest version of the workflow with this ID. */
		public Builder workflow(String workflowId) {
			return set("workflow", ChatKitWorkflow.of(workflowId));
		}

		/** Sets the end user (required), a free-form identifier of at least one character. */
		public Builder user(String user) {
			return set("user", user);
		}

		/** Sets when the session expires, such as {@code ExpiresAfter.creation(Duration.ofMinutes(5))}. */
		public Builder expiresAfter(@Nullable ExpiresAfter expiresAfter) {
			return set("expiresAfter", expiresAfter);
		}

		/** Sets the most requests per minute ({@code rate_limits.max_requests_per_1_minute}), at least 1. */
		public Builder maxRequestsPer1Minute(int maxRequestsPer1Minute) {
			return set("rateLimits", ChatSession.RateLimits.perMinute(maxRequestsPer1Minute));
		}

		/** Sets the ChatKit feature overrides. */
		public Builder chatkitConfiguration(@Nullable ChatKitConfiguration chatkitConfiguration) {
			return set("chatkitConfiguration", chatkitConfiguration);
		}

	}

}
