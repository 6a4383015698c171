package dev.integrations.openai.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.ratelimit.RateLimitKey;
import dev.integrations.openai.ratelimit.RateLimiter;
import dev.integrations.openai.transport.ApiRequest;
import dev.integrations.openai.transport.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.backoff.BackOffExecution;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;
import reactor.util.context.ContextView;
import reactor.util.retry.Retry;

/**
 * Every call goes through here: the {@link RateLimiter} admits each attempt of a call that names a model, the
 * circuit breaker guards it, the {@link OpenAIRetryPolicy} decides retries and delays, and the {@link ClientHook}s
 * hear about it all.
 * <p>
 * Three shapes share that logic: {@link #execute} (reactive, Reactor {@code retryWhen} from the first failure on),
 * {@link #executeBlocking} (Spring's {@link RetryTemplate} on the caller's thread) and {@link #executeStream}
 * (reactive, retried only until the first event reached the caller).
 * <p>
 * Each shape writes the entries the hooks {@linkplain RequestContext#putAttemptContext added} into the Reactor context
 * of the whole call (every attempt, every retry delay, the whole stream), so that an observation the hooks start for
 * the call is the parent of the HTTP client's observation of each attempt. A {@linkplain RequestContext#probe() probe}
 * runs without the hooks and outside the circuit breaker.
 */
public final class ResilienceOrchestrator {

	private final OpenAIRetryPolicy retryPolicy;

	private final CircuitBreaker circuitBreaker;

	private final AttemptGuard guard;

	private final ClientHook hooks;

	private final Scheduler scheduler;

	private final LongSupplier nanoClock;

	private final CallReporter reporter;

	/** Reports nothing: the reporter of probes. */
	private final CallReporter probeReporter;

	private final RateLimiter rateLimiter;

	private final Builder source;

	private ResilienceOrchestrator(Builder builder) {
		this.source = builder.copy();
		this.hooks = ClientHook.composite(builder.hooks);
		this.retryPolicy = new OpenAIRetryPolicy(builder.retry, builder.clock);
		this.circuitBreaker = new CircuitBreaker(builder.circuitBreaker, builder.nanoClock,
				this.hooks::onCircuitStateChange);
		this.scheduler = builder.scheduler;
		this.nanoClock = builder.nanoClock;
		this.rateLimiter = builder.rateLimiter;
		this.guard = new AttemptGuard(this.circuitBreaker, builder.rateLimiter, this.hooks);
		this.reporter = new CallReporter(this.hooks, builder.nanoClock, builder.rateLimiter);
		this.probeReporter = new CallReporter(ClientHook.NONE, builder.nanoClock, RateLimiter.OFF);
	}

	/**
	 * Starts an orchestrator with default retry and circuit breaker settings and no hooks.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** @return the retry policy */
	public OpenAIRetryPolicy retryPolicy() {
		return this.retryPolicy;
	}

	/** @return the circuit breaker, for health checks */
	public CircuitBreaker circuitBreaker() {
		return this.circuitBreaker;
	}

	/**
	 * Returns an orchestrator that also runs the given hooks: this one when it already has each of them, else a new
	 * one with the same settings, its own hooks and the missing ones after them, and a new (closed) circuit breaker.
	 * Meant for configuration time, before any call, so that monitoring hooks reach an orchestrator built elsewhere.
	 * @param hooks the hooks it must run
	 * @return an orchestrator running them
	 */
	public ResilienceOrchestrator withHooks(List<ClientHook> hooks) {
		List<ClientHook> missing = hooks.stream()
			.filter((hook) -> this.source.hooks.stream().noneMatch((own) -> own == hook))
			.toList();
		if (missing.isEmpty()) {
			return this;
		}
		Builder builder = this.source.copy();
		missing.forEach(builder::hook);
		return builder.build();
	}

	/** @return the rate limiter every attempt passes ({@link RateLimiter#OFF} unless one was set) */
	public RateLimiter rateLimiter() {
		return this.rateLimiter;
	}

	/** @return the hooks, composed into one */
	public ClientHook hooks() {
		return this.hooks;
	}

	/**
	 * Starts the context of a new call.
	 * @param operation the operation name
	 * @param model the model the request names, if any
	 * @param host the API host
	 * @param port the API port
	 * @param streaming whether the call streams
	 * @param options the call's options: its retry limit, and whether it is a {@linkplain RequestOptions#probe() probe}
	 * @return the context
	 */
	public RequestContext newContext(String operation, @Nullable String model, String host, int port,
			boolean streaming, RequestOptions options) {
		return new RequestContext(operation, model, host, port, streaming, this.nanoClock.getAsLong(),
				options.maxRetries(), options.probe(), null, -1);
	}

	/**
	 * Starts the context of a new call made of a request: its rate-limit key and token estimate come from the
	 * request's model and body (see {@link RateLimiter#estimate}).
	 * @param request the request
	 * @param host the API host
	 * @param port the API port
	 * @param streaming whether the call streams
	 * @param options the call's options: its retry limit, and whether it is a {@linkplain RequestOptions#probe() probe}
	 * (never rate limited)
	 * @return the context
	 */
	public RequestContext newContext(ApiRequest request, String host, int port, boolean streaming,
			RequestOptions options) {
		RateLimitKey key = options.probe() ? null : this.rateLimiter.key(request.model());
		long tokens = (key != null) ? this.rateLimiter.estimate(key, request.operation(), request.body()) : -1;
		return new RequestContext(request.operation(), request.model(), host, port, streaming,
				this.nanoClock.getAsLong(), options.maxRetries(), options.probe(), key, tokens);
	}

	/**
	 * Runs a call reactively, retrying failed attempts after non-blocking delays.
	 * @param <T> the body type
	 * @param context the call
	 * @param attempt creates one attempt each time it is called
	 * @return the response of the first successful attempt, or the final error
	 */
	public <T> Mono<ApiResponse<T>> execute(RequestContext context, Supplier<Mono<ApiResponse<T>>> attempt) {
		return Mono.deferContextual((caller) -> {
			CallReporter reporter = started(context, caller);
			CallRetryPolicy call = this.retryPolicy.newCall(context.maxRetries());
			int[] attempts = new int[1];
			Mono<ApiResponse<T>> oneAttempt = Mono.defer(() -> {
				attempts[0]++;
				return this.guard.unary(context, attempt);
			});
			return oneAttempt.onErrorResume((failure) -> retried(reporter, context, call, oneAttempt, failure))
				.doOnSuccess((response) -> reporter.succeeded(context, response, attempts[0], null))
				.doOnError((error) -> reporter.failed(context, error, attempts[0]))
				.doOnCancel(() -> reporter.cancelled(context))
				.contextWrite(context::attemptContext);
		});
	}

	/**
	 * Runs a call on the caller's thread with Spring's {@link RetryTemplate}. Must not be called on a Netty event
	 * loop (Reactor refuses to block there).
	 * @param <T> the body type
	 * @param context the call
	 * @param attempt creates one attempt each time it is called
	 * @return the response of the first successful attempt
	 * @throws OpenAIException the final error, with the earlier attempts' errors suppressed; an
	 * {@link dev.integrations.openai.errors.OpenAIInterruptedException} (interrupt flag set again) when the thread is interrupted during an attempt
	 * or a back-off
	 */
	public <T> ApiResponse<T> executeBlocking(RequestContext context, Supplier<Mono<ApiResponse<T>>> attempt) {
		CallReporter reporter = started(context, Context.empty());
		return new BlockingCall<>(context, this.retryPolicy.newCall(context.maxRetries()), reporter,
				() -> this.guard.unary(context, attempt).contextWrite(context::attemptContext))
			.run();
	}

	/**
	 * Runs a streaming call. A failure before the first element reached the subscriber is retried like any call;
	 * after that, the stream ends with the error, since the caller already saw part of the answer.
	 * @param <T> the element type
	 * @param context the call
	 * @param attempt creates one attempt (response headers, then the element flux) each time it is called
	 * @return the elements of the first attempt that got through
	 */
	public <T> Flux<T> executeStream(RequestContext context, Supplier<Mono<ApiResponse<Flux<T>>>> attempt) {
		return Flux.deferContextual((caller) -> {
			CallReporter reporter = started(context, caller);
			StreamProgress<T> progress = new StreamProgress<>();
			CallRetryPolicy call = this.retryPolicy.newCall(context.maxRetries()).onlyWhile(() -> !progress.delivered.get());
			return Flux.defer(() -> {
				progress.attempts++;
				return this.guard.stream(context, attempt, progress);
			})
				.doOnNext((element) -> {
					if (progress.delivered.compareAndSet(false, true)) {
						reporter.firstStreamEvent(context);
					}
					progress.observe(element);
				})
				.retryWhen(retrySpec(reporter, context, call))
				.doOnComplete(() -> reporter.succeeded(context, progress.response, progress.attempts, progress))
				.doOnError((error) -> reporter.failed(context, error, progress.attempts))
				.doOnCancel(() -> reporter.cancelled(context))
				.contextWrite(context::attemptContext);
		});
	}

	/**
	 * Starts a call: records the caller's Reactor context and tells the hooks, unless the call is a probe.
	 * @return the reporter of the call
	 */
	private CallReporter started(RequestContext context, ContextView caller) {
		context.callerContext(caller);
		CallReporter reporter = context.probe() ? this.probeReporter : this.reporter;
		reporter.started(context);
		return reporter;
	}

	/**
	 * After a first failed attempt: the retries, with {@code retryWhen} driven by the call's policy. A call whose first
	 * attempt succeeds never builds the retry companion (a sink and a {@code concatMap} per subscription).
	 */
	private <T> Mono<ApiResponse<T>> retried(CallReporter reporter, RequestContext context, CallRetryPolicy call,
			Mono<ApiResponse<T>> oneAttempt, Throwable firstFailure) {
		long delay = reporter.retryDelayMillis(context, call, firstFailure);
		if (delay == BackOffExecution.STOP) {
			return Mono.error(firstFailure);
		}
		return Mono.delay(Duration.ofMillis(delay), this.scheduler)
			.then(oneAttempt.retryWhen(retrySpec(reporter, context, call)));
	}

	private Retry retrySpec(CallReporter reporter, RequestContext context, CallRetryPolicy call) {
		return Retry.from((signals) -> signals.concatMap((signal) -> {
			Throwable failure = signal.failure();
			long delay = reporter.retryDelayMillis(context, call, failure);
			return (delay == BackOffExecution.STOP) ? Mono.error(failure)
					: Mono.delay(Duration.ofMillis(delay), this.scheduler);
		}));
	}

	/**
	 * Builds a {@link ResilienceOrchestrator}.
	 */
	public static final class Builder {

		private RetrySettings retry = RetrySettings.DEFAULTS;

		private CircuitBreakerSettings circuitBreaker = CircuitBreakerSettings.DEFAULTS;

		private final List<ClientHook> hooks = new ArrayList<>();

		private Clock clock = Clock.systemUTC();

		private LongSupplier nanoClock = System::nanoTime;

		private Scheduler scheduler = Schedulers.parallel();

		private RateLimiter rateLimiter = RateLimiter.OFF;

		private Builder() {
		}

		/**
		 * Sets the rate limiter every attempt passes before it is sent.
		 * @param rateLimiter the limiter; {@link RateLimiter#OFF} by default
		 * @return this builder
		 */
		public Builder rateLimiter(RateLimiter rateLimiter) {
			this.rateLimiter = rateLimiter;
			return this;
		}

		/**
		 * Sets the retry settings.
		 * @param retry the settings
		 * @return this builder
		 */
		public Builder retry(RetrySettings retry) {
			this.retry = retry;
			return this;
		}

		/**
		 * Sets the circuit breaker settings.
		 * @param circuitBreaker the settings
		 * @return this builder
		 */
		public Builder circuitBreaker(CircuitBreakerSettings circuitBreaker) {
			this.circuitBreaker = circuitBreaker;
			return this;
		}

		/**
		 * Adds a hook; hooks run in the order added.
		 * @param hook the hook
		 * @return this builder
		 */
		public Builder hook(ClientHook hook) {
			this.hooks.add(hook);
			return this;
		}

		/**
		 * Sets the wall clock, used to read {@code retry-after} dates.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Sets the monotonic clock used for durations and the circuit breaker.
		 * @param nanoClock nanoseconds, like {@link System#nanoTime()}
		 * @return this builder
		 */
		public Builder nanoClock(LongSupplier nanoClock) {
			this.nanoClock = nanoClock;
			return this;
		}

		/**
		 * Sets the scheduler that times reactive retry delays (a virtual-time scheduler in tests).
		 * @param scheduler the scheduler
		 * @return this builder
		 */
		public Builder scheduler(Scheduler scheduler) {
			this.scheduler = scheduler;
			return this;
		}

		private Builder copy() {
			Builder copy = new Builder();
			copy.retry = this.retry;
			copy.circuitBreaker = this.circuitBreaker;
			copy.hooks.addAll(this.hooks);
			copy.clock = this.clock;
			copy.nanoClock = this.nanoClock;
			copy.scheduler = this.scheduler;
			copy.rateLimiter = this.rateLimiter;
			return copy;
		}

		/**
		 * Builds the orchestrator.
		 * @return the orchestrator
		 */
		public ResilienceOrchestrator build() {
			return new ResilienceOrchestrator(this);
		}

	}

}
