package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.integrations.openai.errors.OpenAIException;

/**
 * A hook that records every callback, for assertions.
 */
public class RecordingHook implements ClientHook {

	public final List<RequestContext> starts = new CopyOnWriteArrayList<>();

	public final List<RetryEvent> retries = new CopyOnWriteArrayList<>();

	public final List<CallResult> successes = new CopyOnWriteArrayList<>();

	public final List<OpenAIException> failures = new CopyOnWriteArrayList<>();

	public final List<Duration> firstEvents = new CopyOnWriteArrayList<>();

	public final List<Duration> cancels = new CopyOnWriteArrayList<>();

	public final List<String> transitions = new CopyOnWriteArrayList<>();

	@Override
	public void onRequestStart(RequestContext context) {
		this.starts.add(context);
	}

	@Override
	public void onRetry(RequestContext context, RetryEvent retry) {
		this.retries.add(retry);
	}

	@Override
	public void onFirstStreamEvent(RequestContext context, Duration timeToFirstEvent) {
		this.firstEvents.add(timeToFirstEvent);
	}

	@Override
	public void onSuccess(RequestContext context, CallResult result) {
		this.successes.add(result);
	}

	@Override
	public void onFailure(RequestContext context, OpenAIException error, Duration duration) {
		this.failures.add(error);
	}

	@Override
	public void onCancel(RequestContext context, Duration duration) {
		this.cancels.add(duration);
	}

	@Override
	public void onCircuitStateChange(CircuitState from, CircuitState to) {
		this.transitions.add(from + "->" + to);
	}

}
