package dev.integrations.openai.ratelimit;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.integrations.openai.common.RateLimitHeaders;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.errors.RateLimitException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The rate limiter of one client: turns each attempt of a call that names a model into a permit of its
 * {@link RateLimitStore}, waits for it (with {@code Mono.delay} on a shared scheduler: no thread is blocked, and a
 * cancelled wait gives its reservation back) or refuses it with a {@link RateLimitException} before sending, per the
 * {@link RateLimitSettings}; and feeds each response's headers and actual usage back to the store.
 * The {@link dev.integrations.openai.resilience.ResilienceOrchestrator} calls it; applications configure it.
 */
public final class RateLimiter {

	/** A limiter that limits nothing. */
	public static final RateLimiter OFF = new RateLimiter(RateLimitSettings.OFF, new LocalRateLimitStore(), "default",
			null, Schedulers.parallel());

	private static final Log logger = LogFactory.getLog(RateLimiter.class);

	/** The admission of an attempt that may go at once. */
	private static final Mono<Duration> AT_ONCE = Mono.just(Duration.ZERO);

	private final RateLimitSettings settings;

	private final RateLimitStore store;

	/** The store when it is the in-memory one, asked directly: its answers need no {@code Mono}. */
	private final @Nullable LocalRateLimitStore local;

	private final String client;

	private final @Nullable String account;

	private final Scheduler scheduler;

	private final TokenEstimator estimator;

	private final Duration maxWait;

	/** The keys whose responses carried rate-limit headers: only their calls are worth an estimate. */
	private final Set<RateLimitKey> reported = ConcurrentHashMap.newKeySet();

	private RateLimiter(RateLimitSettings settings, RateLimitStore store, String client, @Nullable String account,
			Scheduler scheduler) {
		this.settings = settings;
		this.store = store;
		this.local = (store instanceof LocalRateLimitStore inMemory) ? inMemory : null;
		this.client = client;
		this.account = account;
		this.scheduler = scheduler;
		this.estimator = TokenEstimator.of(settings.defaultOutputTokens());
		this.maxWait = (settings.mode() == RateLimitMode.WAIT) ? settings.maxWait() : Duration.ZERO;
	}

	/**
	 * Creates a limiter.
	 * @param settings the mode, maximum wait and default output estimate
	 * @param store where the budgets live (it may be shared by several clients: the key names the client)
	 * @param client the client's name, the first part of every key
	 * @param account the project (else the organization) the client sends, or {@code null}
	 * @return the limiter, waiting on {@link Schedulers#parallel()}
	 */
	public static RateLimiter of(RateLimitSettings settings, RateLimitStore store, String client,
			@Nullable String account) {
		return new RateLimiter(settings, store, client, account, Schedulers.parallel());
	}

	/**
	 * This limiter timing its waits on another scheduler, such as a test's virtual-time one.
	 * @param scheduler the scheduler
	 * @return the new limiter
	 */
	public RateLimiter withScheduler(Scheduler scheduler) {
		return new RateLimiter(this.settings, this.store, this.client, this.account, scheduler);
	}

	/** @return the settings */
	public RateLimitSettings settings() {
		return this.settings;
	}

	/** @return the store */
	public RateLimitStore store() {
		return this.store;
	}

	/** @return the client's name */
	public String client() {
		return this.client;
	}

	/**
	 * The key of a call, when it is limited at all.
	 * @param model the model the request names
	 * @return the key, or {@code null} when the mode is {@code off} or the request names no model
	 */
	public @Nullable RateLimitKey key(@Nullable String model) {
		return (this.settings.mode() == RateLimitMode.OFF || model == null || model.isEmpty()) ? null
				: new RateLimitKey(this.client, this.account, model);
	}

	/**
	 * Estimates the tokens of a request before it is sent, once this limiter has seen rate-limit headers for its
	 * key: before that nothing is limited, and a server that never sends them (many OpenAI-compatible ones) costs
	 * no estimate at all.
	 * @param key the call's key
	 * @param operation the operation, such as {@code chat.completions.create}
	 * @param body the request body (a wire record), or {@code null}
	 * @return input tokens plus the output it allows, or {@code -1} when not estimated
	 */
	public long estimate(RateLimitKey key, String operation, @Nullable Object body) {
		return this.reported.contains(key) ? this.estimator.estimate(operation, body) : -1;
	}

	/**
	 * Admits one attempt: emits the delay it waited ({@link Duration#ZERO} when it could go at once) when it may be
	 * sent, or fails with a {@link RateLimitException} ({@link RateLimitException#isBeforeSending()}) when it does
	 * not fit in time. Cancelling during the wait gives the reservation back.
	 * @param key the call's key
	 * @param tokens the call's estimated tokens
	 * @return the delay waited, or the error
	 */
	public Mono<Duration> admit(RateLimitKey key, long tokens) {
		if (this.local != null) {
			return admission(key, tokens, this.local.tryAcquire(key, tokens, this.maxWait));
		}
		return this.store.acquire(key, tokens, this.maxWait).onErrorResume((error) -> {
			logger.warn("Rate limit store failed; sending without a permit: " + error);
			return Mono.just(RateLimitPermit.NOW);
		}).flatMap((permit) -> admission(key, tokens, permit));
	}

	private Mono<Duration> admission(RateLimitKey key, long tokens, RateLimitPermit permit) {
		if (!permit.granted()) {
			return Mono.error(RateLimitException.beforeSending(permit.delay(), describe(key)));
		}
		if (permit.delay().isZero()) {
			return AT_ONCE;
		}
		return Mono.delay(permit.delay(), this.scheduler)
			.thenReturn(permit.delay())
			.doOnCancel(() -> update(key, RateLimitUpdate.unused(tokens)));
	}

	/**
	 * Takes in the rate limits a response reported.
	 * @param key the call's key
	 * @param headers the response's {@code x-ratelimit-*} values
	 */
	public void observe(RateLimitKey key, RateLimitHeaders headers) {
		if (headers.limitRequests() == null && headers.remainingRequests() == null && headers.limitTokens() == null
				&& headers.remainingTokens() == null) {
			return;
		}
		this.reported.add(key);
		update(key, RateLimitUpdate.headers(headers));
	}

	/**
	 * Corrects the estimate of a call with the tokens its response reports.
	 * @param key the call's key
	 * @param estimatedTokens the tokens reserved
	 * @param usage the usage the response reports
	 */
	public void completed(RateLimitKey key, long estimatedTokens, TokenUsage usage) {
		update(key, RateLimitUpdate.usage(estimatedTokens, usage.inputTokens() + usage.outputTokens()));
	}

	private void update(RateLimitKey key, RateLimitUpdate update) {
		if (this.local != null) {
			this.local.apply(key, update);
			return;
		}
		this.store.update(key, update)
			.subscribe(null, (error) -> logger.warn("Rate limit store failed to take an update: " + error));
	}

	private static String describe(RateLimitKey key) {
		return "client '" + key.client() + "', model '" + key.model() + "'";
	}

	@Override
	public String toString() {
		return "RateLimiter[" + this.client + ", " + this.settings + "]";
	}

}
