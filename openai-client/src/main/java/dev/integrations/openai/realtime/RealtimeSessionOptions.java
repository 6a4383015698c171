package dev.integrations.openai.realtime;

import java.time.Duration;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * How to open a Realtime session.
 *
 * @param model the Realtime model, such as {@code gpt-realtime}, sent as the {@code model} query parameter
 * @param idleTimeout how long the socket may read nothing (no event, no ping) before the session fails with an
 * {@link dev.integrations.openai.errors.OpenAITimeoutException}; {@code null} for the client's stream idle timeout.
 * The socket is read ahead of the subscribers by a few events only, so a session whose events nobody takes for this
 * long fails too
 */
public record RealtimeSessionOptions(String model, @Nullable Duration idleTimeout) {

	/** Checks the model and the timeout. */
	public RealtimeSessionOptions {
		Validation.notBlank("model", model);
		if (idleTimeout != null && (idleTimeout.isNegative() || idleTimeout.isZero())) {
			throw new IllegalArgumentException("idleTimeout must be positive");
		}
	}

	/**
	 * A session with the given model and the client's idle timeout.
	 * @param model the Realtime model, such as {@code gpt-realtime}
	 * @return the options
	 */
	public static RealtimeSessionOptions of(String model) {
		return new RealtimeSessionOptions(model, null);
	}

	/**
	 * The same options with another idle timeout.
	 * @param idleTimeout the longest silence of the server before the session fails
	 * @return new options
	 */
	public RealtimeSessionOptions withIdleTimeout(Duration idleTimeout) {
		return new RealtimeSessionOptions(this.model, idleTimeout);
	}

}
