package dev.integrations.openai.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import dev.integrations.openai.common.RateLimitHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The budgets of one instance, in memory: per key a request bucket and a token bucket, both guarded by one short
 * lock (no I/O under it), so that concurrent callers never get more than what is available. Its {@code Mono}s are
 * already completed when returned.
 */
public final class LocalRateLimitStore implements RateLimitStore {

	private final Map<RateLimitKey, Budget> budgets = new ConcurrentHashMap<>();

	private final LongSupplier nanoClock;

	/** Creates a store on {@link System#nanoTime()}. */
	public LocalRateLimitStore() {
		this(System::nanoTime);
	}

	/**
	 * Creates a store on a clock of its own, such as a test's.
	 * @param nanoClock monotonic nanoseconds, like {@link System#nanoTime()}
	 */
	public LocalRateLimitStore(LongSupplier nanoClock) {
		this.nanoClock = nanoClock;
	}

	@Override
	public Mono<RateLimitPermit> acquire(RateLimitKey key, long tokens, Duration maxWait) {
		return Mono.just(tryAcquire(key, tokens, maxWait));
	}

	/**
	 * {@link #acquire} without the {@code Mono}, for callers on the same instance.
	 * @param key the budget
	 * @param tokens the estimated tokens of the call
	 * @param maxWait the longest wait accepted
	 * @return the permit
	 */
	public RateLimitPermit tryAcquire(RateLimitKey key, long tokens, Duration maxWait) {
		Budget budget = this.budgets.get(key);
		if (budget == null) {
			return RateLimitPermit.NOW;
		}
		synchronized (budget) {
			long now = this.nanoClock.getAsLong();
			long wait = Math.max(budget.requests.waitNanos(1, now), budget.tokens.waitNanos(tokens, now));
			if (wait > maxWait.toNanos()) {
				return RateLimitPermit.refused(Duration.ofNanos(wait));
			}
			budget.requests.consume(1);
			budget.tokens.consume(tokens);
			return RateLimitPermit.grantedAfter(Duration.ofNanos(wait));
		}
	}

	@Override
	public Mono<Void> update(RateLimitKey key, RateLimitUpdate update) {
		apply(key, update);
		return Mono.empty();
	}

	/**
	 * {@link #update} without the {@code Mono}.
	 * @param key the budget
	 * @param update the correction
	 */
	public void apply(RateLimitKey key, RateLimitUpdate update) {
		RateLimitHeaders headers = update.headers();
		boolean reports = headers.limitRequests() != null || headers.remainingRequests() != null
				|| headers.limitTokens() != null || headers.remainingTokens() != null;
		Budget budget = reports ? this.budgets.computeIfAbsent(key, (ignored) -> new Budget()) : this.budgets.get(key);
		if (budget == null) {
			return;
		}
		synchronized (budget) {
			long now = this.nanoClock.getAsLong();
			budget.requests.observe(headers.limitRequests(), headers.remainingRequests(), headers.resetRequests(),
					now);
			budget.tokens.observe(headers.limitTokens(), headers.remainingTokens(), headers.resetTokens(), now);
			if (update.returnedRequests() != 0) {
				budget.requests.giveBack(update.returnedRequests(), now);
			}
			if (update.returnedTokens() != 0) {
				budget.tokens.giveBack(update.returnedTokens(), now);
			}
		}
	}

	@Override
	public Flux<RateLimitHeadroom> headroom() {
		List<RateLimitHeadroom> all = new ArrayList<>();
		this.budgets.forEach((key, budget) -> {
			synchronized (budget) {
				long now = this.nanoClock.getAsLong();
				all.add(new RateLimitHeadroom(key, budget.requests.limit(), budget.requests.remaining(now),
						budget.tokens.limit(), budget.tokens.remaining(now)));
			}
		});
		return Flux.fromIterable(all);
	}

	/** The two buckets of one key, and the lock that guards them. */
	private static final class Budget {

		final TokenBucket requests = new TokenBucket();

		final TokenBucket tokens = new TokenBucket();

	}

}
