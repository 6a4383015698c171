package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.function.Supplier;

import dev.integrations.openai.errors.RateLimitException;
import dev.integrations.openai.ratelimit.RateLimitKey;
import dev.integrations.openai.ratelimit.RateLimiter;
import dev.integrations.openai.transport.ApiResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The admission of one attempt of a call, shared by the {@link ResilienceOrchestrator}'s three shapes: the
 * {@link RateLimiter} admits it (when the call names a limited model) and then the {@link CircuitBreaker} guards
 * it; a {@linkplain RequestContext#probe() probe}'s attempt runs outside both. A call the breaker rejects fails with
 * its exception and reports nothing back: only an attempt that got permission frees the probe slot it may hold.
 */
final class AttemptGuard {

	private final CircuitBreaker circuitBreaker;

	private final RateLimiter rateLimiter;

	private final ClientHook hooks;

	AttemptGuard(CircuitBreaker circuitBreaker, RateLimiter rateLimiter, ClientHook hooks) {
		this.circuitBreaker = circuitBreaker;
		this.rateLimiter = rateLimiter;
		this.hooks = hooks;
	}

	/**
	 * One attempt of a unary call, admitted and guarded; the rate limiter learns from its response or failure.
	 * @param <T> the body type
	 * @param context the call
	 * @param attempt creates the attempt
	 * @return the guarded attempt
	 */
	<T> Mono<ApiResponse<T>> unary(RequestContext context, Supplier<Mono<ApiResponse<T>>> attempt) {
		if (context.probe()) {
			return Mono.defer(attempt);
		}
		RateLimitKey key = context.rateLimitKey();
		Mono<ApiResponse<T>> guarded = Mono.defer(() -> {
			Object probe = this.circuitBreaker.acquire();
			return attempt.get()
				.doOnSuccess((response) -> this.circuitBreaker.onSuccess(probe))
				.doOnError((failure) -> this.circuitBreaker.onFailure(failure, probe))
				.doOnCancel(() -> this.circuitBreaker.onIgnored(probe));
		});
		if (key == null) {
			return guarded;
		}
		return admitted(context, key).then(guarded
			.doOnSuccess((response) -> this.rateLimiter.observe(key, (response != null) ? response.headers() : null))
			.doOnError((failure) -> this.rateLimiter.observeFailure(key, failure)));
	}

	/**
	 * One attempt of a streaming call, admitted and guarded until the stream ends; its response is recorded in the
	 * call's progress and its headers reach the rate limiter as soon as they arrive.
	 * @param <T> the element type
	 * @param context the call
	 * @param attempt creates the attempt (response headers, then the element flux)
	 * @param progress what the call delivered so far
	 * @return the guarded elements
	 */
	<T> Flux<T> stream(RequestContext context, Supplier<Mono<ApiResponse<Flux<T>>>> attempt,
			StreamProgress<T> progress) {
		if (context.probe()) {
			return Flux.defer(() -> attempt.get().flatMapMany((response) -> body(response, progress, null)));
		}
		RateLimitKey key = context.rateLimitKey();
		Flux<T> guarded = Flux.defer(() -> {
			Object probe = this.circuitBreaker.acquire();
			return attempt.get().flatMapMany((response) -> body(response, progress, key))
				.doOnComplete(() -> this.circuitBreaker.onSuccess(probe))
				.doOnError((failure) -> this.circuitBreaker.onFailure(failure, probe))
				.doOnCancel(() -> this.circuitBreaker.onIgnored(probe));
		});
		if (key == null) {
			return guarded;
		}
		return admitted(context, key)
			.thenMany(guarded.doOnError((failure) -> this.rateLimiter.observeFailure(key, failure)));
	}

	private <T> Flux<T> body(ApiResponse<Flux<T>> response, StreamProgress<T> progress, @Nullable RateLimitKey key) {
		progress.response = response;
		if (key != null) {
			this.rateLimiter.observe(key, response.headers());
		}
		return response.body();
	}

	/** The rate limiter's admission of one attempt, told to the hooks when it held the attempt back. */
	private Mono<Duration> admitted(RequestContext context, RateLimitKey key) {
		return this.rateLimiter.admit(key, context.reservedTokens()).doOnNext((delay) -> {
			if (!delay.isZero()) {
				this.hooks.onThrottled(context, delay, false);
			}
		}).doOnError(RateLimitException.class, (refused) -> this.hooks.onThrottled(context,
				refused.retryAfter().orElse(Duration.ZERO), true));
	}

}
