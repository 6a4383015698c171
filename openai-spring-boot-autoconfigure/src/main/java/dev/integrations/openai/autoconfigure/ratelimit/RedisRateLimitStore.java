package dev.integrations.openai.autoconfigure.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.integrations.openai.ratelimit.LocalRateLimitStore;
import dev.integrations.openai.ratelimit.RateLimitHeadroom;
import dev.integrations.openai.ratelimit.RateLimitKey;
import dev.integrations.openai.ratelimit.RateLimitPermit;
import dev.integrations.openai.ratelimit.RateLimitStore;
import dev.integrations.openai.ratelimit.RateLimitUpdate;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The rate-limit budgets of a fleet, in Redis: every instance of the application that uses the same Redis and key
 * prefix shares one budget per {@link RateLimitKey}, held by Bucket4j buckets whose check-and-reserve is atomic in
 * Redis. Limits start from {@link RedisRateLimitOptions} (or from the first response's headers) and follow the
 * {@code x-ratelimit-*} headers of each response.
 * <p>
 * When Redis does not answer within the {@linkplain RedisRateLimitOptions#timeout() timeout}, the call is not lost:
 * it is answered by the instance's own {@link LocalRateLimitStore} (which every update keeps current), one WARN is
 * logged for the outage, and {@link #fallback()} says so for health. Every
 * {@linkplain RedisRateLimitOptions#retryInterval() retry interval} one call tries Redis again; the first that
 * succeeds ends the outage (logged at INFO). Nothing here blocks the subscribing thread.
 */
public final class RedisRateLimitStore implements RateLimitStore {

	private static final Log logger = LogFactory.getLog(RedisRateLimitStore.class);

	private final RedisBudgets redis;

	private final LocalRateLimitStore local;

	private final RedisRateLimitOptions options;

	private final LongSupplier nanoClock;

	private final AtomicReference<@Nullable Outage> outage = new AtomicReference<>();

	/**
	 * Creates a store.
	 * @param connector makes the Bucket4j proxy manager over a Lettuce connection; called on first use and again
	 * after it failed, on a thread that may block
	 * @param options key prefix, timeouts and the configured limits
	 */
	public RedisRateLimitStore(Supplier<AsyncProxyManager<byte[]>> connector, RedisRateLimitOptions options) {
		this(connector, options, new LocalRateLimitStore(), System::nanoTime);
	}

	/**
	 * Creates a store with its fallback and clock.
	 * @param connector makes the Bucket4j proxy manager over a Lettuce connection
	 * @param options key prefix, timeouts and the configured limits
	 * @param local the budgets used while Redis is unreachable
	 * @param nanoClock monotonic nanoseconds, for the retry interval
	 */
	public RedisRateLimitStore(Supplier<AsyncProxyManager<byte[]>> connector, RedisRateLimitOptions options,
			LocalRateLimitStore local, LongSupplier nanoClock) {
		this.redis = new RedisBudgets(connector, options);
		this.local = local;
		this.options = options;
		this.nanoClock = nanoClock;
	}

	@Override
	public Mono<RateLimitPermit> acquire(RateLimitKey key, long tokens, Duration maxWait) {
		if (!tryRedis()) {
			return this.local.acquire(key, tokens, maxWait);
		}
		return guarded(this.redis.acquire(key, tokens, maxWait), () -> this.local.acquire(key, tokens, maxWait));
	}

	@Override
	public Mono<Void> update(RateLimitKey key, RateLimitUpdate update) {
		this.local.apply(key, update);
		if (!tryRedis()) {
			return Mono.empty();
		}
		return guarded(this.redis.update(key, update), Mono::empty);
	}

	@Override
	public Flux<RateLimitHeadroom> headroom() {
		if (fallback() != null) {
			return this.local.headroom();
		}
		return Flux.fromIterable(this.redis.knownKeys())
			.concatMap((key) -> this.redis.headroom(key).timeout(this.options.timeout()))
			.onErrorResume((ex) -> {
				failed(ex);
				return this.local.headroom();
			});
	}

	/**
	 * Whether the store answers from the local fallback, and since when and why.
	 * @return the current outage, or {@code null} while Redis answers
	 */
	public @Nullable Fallback fallback() {
		Outage current = this.outage.get();
		return (current != null) ? new Fallback(current.since, current.reason) : null;
	}

	private <T> Mono<T> guarded(Mono<T> operation, Supplier<Mono<T>> orElse) {
		return operation.timeout(this.options.timeout()).doOnSuccess((ignored) -> recovered()).onErrorResume((ex) -> {
			failed(ex);
			return orElse.get();
		});
	}

	/** Whether this call goes to Redis: always while it answers, one call per retry interval while it does not. */
	private boolean tryRedis() {
		Outage current = this.outage.get();
		if (current == null) {
			return true;
		}
		long now = this.nanoClock.getAsLong();
		return now - current.nextTryNanos >= 0
				&& this.outage.compareAndSet(current, current.nextTryAt(now + this.options.retryInterval().toNanos()));
	}

	private void failed(Throwable ex) {
		long nextTry = this.nanoClock.getAsLong() + this.options.retryInterval().toNanos();
		Outage started = new Outage(Instant.now(), describe(ex), nextTry);
		if (this.outage.compareAndSet(null, started)) {
			logger.warn("Redis rate-limit store unreachable (" + started.reason
					+ "): each instance now limits its calls with its own local budget until Redis answers again");
		}
	}

	private void recovered() {
		Outage ended = this.outage.getAndSet(null);
		if (ended != null) {
			logger.info("Redis rate-limit store reachable again after an outage since " + ended.since
					+ ": the fleet shares its budget again");
		}
	}

	private static String describe(Throwable ex) {
		if (ex instanceof TimeoutException) {
			return "no answer within the timeout";
		}
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName();
	}

	/**
	 * The store's fallback state, for health.
	 *
	 * @param since when Redis stopped answering
	 * @param reason what failed (an exception type or the timeout; never a message, which could name a host)
	 */
	public record Fallback(Instant since, String reason) {

	}

	/** An outage: when it started, why, and when the next call tries Redis. */
	private record Outage(Instant since, String reason, long nextTryNanos) {

		Outage nextTryAt(long nanos) {
			return new Outage(this.since, this.reason, nanos);
		}

	}

}
