package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.integrations.openai.errors.OpenAIException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Calls several hooks in order, isolating each: a hook that throws is logged and the others still run.
 */
final class SafeHooks implements ClientHook {

	private static final Log logger = LogFactory.getLog(SafeHooks.class);

	private final ClientHook[] hooks;

	SafeHooks(List<? extends ClientHook> hooks) {
		this.hooks = hooks.toArray(new ClientHook[0]);
	}

	private void each(Consumer<ClientHook> call) {
		for (ClientHook hook : this.hooks) {
			try {
				call.accept(hook);
			}
			catch (RuntimeException ex) {
				logger.warn("OpenAI client hook " + hook.getClass().getName() + " failed; ignored", ex);
			}
		}
	}

	@Override
	public void onRequestStart(RequestContext context) {
		each((hook) -> hook.onRequestStart(context));
	}

	@Override
	public void onRetry(RequestContext context, RetryEvent retry) {
		each((hook) -> hook.onRetry(context, retry));
	}

	@Override
	public void onThrottled(RequestContext context, Duration delay, boolean rejected) {
		each((hook) -> hook.onThrottled(context, delay, rejected));
	}

	@Override
	public void onFirstStreamEvent(RequestContext context, Duration timeToFirstEvent) {
		each((hook) -> hook.onFirstStreamEvent(context, timeToFirstEvent));
	}

	@Override
	public void onSuccess(RequestContext context, CallResult result) {
		each((hook) -> hook.onSuccess(context, result));
	}

	@Override
	public void onFailure(RequestContext context, OpenAIException error, Duration duration) {
		each((hook) -> hook.onFailure(context, error, duration));
	}

	@Override
	public void onCancel(RequestContext context, Duration duration) {
		each((hook) -> hook.onCancel(context, duration));
	}

	@Override
	public void onRealtimeEventSent(RequestContext context, String type) {
		each((hook) -> hook.onRealtimeEventSent(context, type));
	}

	@Override
	public void onRealtimeEventReceived(RequestContext context, String type) {
		each((hook) -> hook.onRealtimeEventReceived(context, type));
	}

	@Override
	public void onCircuitStateChange(CircuitState from, CircuitState to) {
		each((hook) -> hook.onCircuitStateChange(from, to));
	}

}
