package dev.integrations.openai.realtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.resilience.CallResult;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.RequestContext;

/** Records what a Realtime session reports to the hooks. */
final class RecordingHook implements ClientHook {

	final List<String> started = new CopyOnWriteArrayList<>();

	final List<String> sent = new CopyOnWriteArrayList<>();

	final List<String> received = new CopyOnWriteArrayList<>();

	final List<CallResult> successes = new CopyOnWriteArrayList<>();

	final List<OpenAIException> failures = new CopyOnWriteArrayList<>();

	final CountDownLatch ended = new CountDownLatch(1);

	@Override
	public void onRequestStart(RequestContext context) {
		this.started.add(context.operation() + " " + context.requestModel());
	}

	@Override
	public void onRealtimeEventSent(RequestContext context, String type) {
		this.sent.add(type);
	}

	@Override
	public void onRealtimeEventReceived(RequestContext context, String type) {
		this.received.add(type);
	}

	@Override
	public void onSuccess(RequestContext context, CallResult result) {
		this.successes.add(result);
		this.ended.countDown();
	}

	@Override
	public void onFailure(RequestContext context, OpenAIException error, Duration duration) {
		this.failures.add(error);
		this.ended.countDown();
	}

}
