package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.ratelimit.RateLimitKey;
import dev.integrations.openai.ratelimit.RateLimiter;
import dev.integrations.openai.transport.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.Retryable;
import org.springframework.util.backoff.BackOffExecution;

/**
 * What the {@link ClientHook}s hear of a call, in every shape the {@link ResilienceOrchestrator} runs it: each retry
 * with its delay, the success with the response's model and token usage, the failure with the number of attempts,
 * the first stream event and the cancellation, each with the time since the call started. The success's usage also
 * corrects the {@link RateLimiter}'s estimate.
 */
final class CallReporter {

	private final ClientHook hooks;

	private final LongSupplier nanoClock;

	private final RateLimiter rateLimiter;

	CallReporter(ClientHook hooks, LongSupplier nanoClock, RateLimiter rateLimiter) {
		this.hooks = hooks;
		this.nanoClock = nanoClock;
		this.rateLimiter = rateLimiter;
	}

	void started(RequestContext context) {
		this.hooks.onRequestStart(context);
	}

	void firstStreamEvent(RequestContext context) {
		this.hooks.onFirstStreamEvent(context, elapsed(context));
	}

	void cancelled(RequestContext context) {
		this.hooks.onCancel(context, elapsed(context));
	}

	/**
	 * Decides whether a failed attempt is retried, and tells the hooks when it is.
	 * @return the delay before the next attempt, or {@link BackOffExecution#STOP}
	 */
	long retryDelayMillis(RequestContext context, CallRetryPolicy call, Throwable failure) {
		if (!call.shouldRetry(failure)) {
			return BackOffExecution.STOP;
		}
		long delay = call.nextDelayMillis();
		if (delay != BackOffExecution.STOP) {
			this.hooks.onRetry(context, new RetryEvent(call.retries(), Duration.ofMillis(delay),
					(OpenAIException) failure));
		}
		return delay;
	}

	/**
	 * Reports each {@code RetryTemplate} retry of a blocking call, with the delay the call's policy chose.
	 */
	RetryListener retryListener(RequestContext context, CallRetryPolicy call) {
		return new RetryListener() {
			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
				if (state.getLastException() instanceof OpenAIException cause) {
					CallReporter.this.hooks.onRetry(context,
							new RetryEvent(state.getRetryCount(), Duration.ofMillis(call.lastDelayMillis()), cause));
				}
			}
		};
	}

	void succeeded(RequestContext context, @Nullable ApiResponse<?> response, int attempts,
			@Nullable StreamProgress<?> stream) {
		if (response == null) {
			return;
		}
		String model = (stream != null) ? stream.model : null;
		TokenUsage usage = (stream != null) ? stream.usage : null;
		if (response.body() instanceof ModelResponse modelResponse) {
			model = modelResponse.model();
			usage = modelResponse.tokenUsage();
		}
		RateLimitKey key = context.rateLimitKey();
		if (key != null && usage != null && context.estimatedTokens() != null) {
			this.rateLimiter.completed(key, context.reservedTokens(), usage);
		}
		this.hooks.onSuccess(context, new CallResult(response.statusCode(), response.headers(), elapsed(context),
				attempts, model, usage));
	}

	void failed(RequestContext context, Throwable error, int attempts) {
		if (error instanceof OpenAIException openAI) {
			openAI.recordAttempts(attempts);
			this.hooks.onFailure(context, openAI, elapsed(context));
		}
	}

	private Duration elapsed(RequestContext context) {
		return Duration.ofNanos(this.nanoClock.getAsLong() - context.startNanos());
	}

}
