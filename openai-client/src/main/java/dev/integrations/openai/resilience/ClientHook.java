package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.List;

import dev.integrations.openai.errors.OpenAIException;

/**
 * Lifecycle callbacks for monitoring every call: start, each retry, the first event of a stream, success (with
 * duration, token usage and response headers such as {@code x-ratelimit-*}), failure, and circuit breaker state
 * changes, and the events of Realtime sessions (a session is reported as one streaming call: started when connected,
 * succeeded when closed with its duration and the tokens of all its responses, or failed). All methods have empty defaults; implementations must be fast, thread-safe and must not throw (a
 * throwing hook is logged and ignored). Compose several with {@link #composite(List)}.
 */
public interface ClientHook {

	/** A hook that does nothing. */
	ClientHook NONE = new ClientHook() {
	};

	/**
	 * A call starts (once per call, not per attempt).
	 * @param context the call
	 */
	default void onRequestStart(RequestContext context) {
	}

	/**
	 * An attempt failed and another follows after a delay.
	 * @param context the call
	 * @param retry the retry about to happen
	 */
	default void onRetry(RequestContext context, RetryEvent retry) {
	}

	/**
	 * The rate limiter held an attempt back: it waited {@code delay} before sending, or, when {@code rejected}, it
	 * failed before sending with a {@link dev.integrations.openai.errors.RateLimitException} whose
	 * {@code retryAfter()} is {@code delay} (the failure is then reported through {@link #onFailure} too).
	 * @param context the call
	 * @param delay the time waited, or the time until the call would have fit
	 * @param rejected whether the call failed instead of waiting
	 */
	default void onThrottled(RequestContext context, Duration delay, boolean rejected) {
	}

	/**
	 * The first event of a stream reached the caller.
	 * @param context the call
	 * @param timeToFirstEvent time from the start of the call
	 */
	default void onFirstStreamEvent(RequestContext context, Duration timeToFirstEvent) {
	}

	/**
	 * The call succeeded (for a stream: it completed).
	 * @param context the call
	 * @param result status, headers, duration, attempts, model and usage
	 */
	default void onSuccess(RequestContext context, CallResult result) {
	}

	/**
	 * The call failed for good, after any retries. (A cancellation by the caller is reported through
	 * {@link #onCancel} instead.)
	 * @param context the call
	 * @param error the final error
	 * @param duration time from the start of the call
	 */
	default void onFailure(RequestContext context, OpenAIException error, Duration duration) {
	}

	/**
	 * The caller cancelled the call (or stopped reading a stream) before it ended.
	 * @param context the call
	 * @param duration time from the start of the call
	 */
	default void onCancel(RequestContext context, Duration duration) {
	}

	/**
	 * A Realtime session sent an event (its context is the session, operation {@code realtime.session}).
	 * @param context the session
	 * @param type the client event type, such as {@code input_audio_buffer.append} (a bounded set)
	 */
	default void onRealtimeEventSent(RequestContext context, String type) {
	}

	/**
	 * A Realtime session received an event (its context is the session, operation {@code realtime.session}).
	 * @param context the session
	 * @param type the server event type, such as {@code response.output_audio.delta}, or {@code unknown} for a type
	 * the client does not know (so the set of values stays bounded)
	 */
	default void onRealtimeEventReceived(RequestContext context, String type) {
	}

	/**
	 * The circuit breaker changed state.
	 * @param from the previous state
	 * @param to the new state
	 */
	default void onCircuitStateChange(CircuitState from, CircuitState to) {
	}

	/**
	 * Combines hooks; each is called in order, and one that throws does not stop the others.
	 * @param hooks the hooks
	 * @return a hook calling all of them
	 */
	static ClientHook composite(List<? extends ClientHook> hooks) {
		if (hooks.isEmpty()) {
			return NONE;
		}
		return (hooks.size() == 1 && hooks.get(0) instanceof SafeHooks safe) ? safe : new SafeHooks(hooks);
	}

}
