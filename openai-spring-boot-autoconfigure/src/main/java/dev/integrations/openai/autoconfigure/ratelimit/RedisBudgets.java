package dev.integrations.openai.autoconfigure.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.integrations.openai.common.RateLimitHeaders;
import dev.integrations.openai.ratelimit.RateLimitHeadroom;
import dev.integrations.openai.ratelimit.RateLimitKey;
import dev.integrations.openai.ratelimit.RateLimitPermit;
import dev.integrations.openai.ratelimit.RateLimitUpdate;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Bucket4j side of {@link RedisRateLimitStore}: per key two Bucket4j buckets in Redis, one counting requests and
 * one counting tokens, each refilling greedily its limit per minute (a little slower, see {@link #WINDOW}). Every
 * check-and-reserve is one of Bucket4j's atomic remote operations; this class only decides which to call. The proxy manager is made on first use (its
 * factory may block: it runs on the bounded-elastic scheduler, never on the caller's thread).
 */
final class RedisBudgets {

	/**
	 * The time a bucket takes to refill its per-minute limit: a second more than the server's minute. The fleet then
	 * sends at 60/61 (98.4 %) of the limit, and a bucket that started a fraction of a unit ahead of the server's
	 * (headers report whole units) falls behind it instead of sending that fraction early, which the server answers
	 * with a 429 (measured: 8.4 % of attempts with a 60 s window, see samples/benchmarks/RESULTS.md).
	 */
	private static final Duration WINDOW = Duration.ofSeconds(61);

	/** What {@link #available} answers for a dimension without a limit. */
	private static final long UNKNOWN = Long.MIN_VALUE;

	private final Supplier<AsyncProxyManager<byte[]>> connector;

	private final String keyPrefix;

	private final @Nullable Long requestsPerMinute;

	private final @Nullable Long tokensPerMinute;

	/** The limits learnt from headers, per key; a key absent here has the configured ones. */
	private final Map<RateLimitKey, Limits> learnt = new ConcurrentHashMap<>();

	/** Every key asked for or reported on, for health. */
	private final Set<RateLimitKey> keys = ConcurrentHashMap.newKeySet();

	private final Map<String, AsyncBucketProxy> buckets = new ConcurrentHashMap<>();

	private volatile @Nullable AsyncProxyManager<byte[]> proxyManager;

	RedisBudgets(Supplier<AsyncProxyManager<byte[]>> connector, RedisRateLimitOptions options) {
		this.connector = connector;
		this.keyPrefix = options.keyPrefix();
		this.requestsPerMinute = options.requestsPerMinute();
		this.tokensPerMinute = options.tokensPerMinute();
	}

	Mono<RateLimitPermit> acquire(RateLimitKey key, long tokens, Duration maxWait) {
		this.keys.add(key);
		Limits limits = limits(key);
		if (limits.requests() == null && limits.tokens() == null) {
			return Mono.just(RateLimitPermit.NOW);
		}
		return reserve(key, Dimension.REQUESTS, limits.requests(), 1, maxWait).flatMap((requests) -> {
			if (!requests.granted()) {
				return Mono.just(requests);
			}
			return reserve(key, Dimension.TOKENS, limits.tokens(), tokens, maxWait).flatMap((permit) -> {
				if (permit.granted()) {
					return Mono.just(RateLimitPermit.grantedAfter(max(requests.delay(), permit.delay())));
				}
				return giveBack(key, Dimension.REQUESTS, limits.requests(), 1).thenReturn(permit);
			});
		});
	}

	Mono<Void> update(RateLimitKey key, RateLimitUpdate update) {
		this.keys.add(key);
		RateLimitHeaders headers = update.headers();
		Limits before = limits(key);
		Limits after = new Limits(first(headers.limitRequests(), before.requests()),
				first(headers.limitTokens(), before.tokens()));
		Mono<Void> done = Mono.empty();
		if (!after.equals(before)) {
			this.learnt.put(key, after);
			done = done.then(reconfigure(key, Dimension.REQUESTS, before.requests(), after.requests()))
				.then(reconfigure(key, Dimension.TOKENS, before.tokens(), after.tokens()));
		}
		return done.then(correct(key, Dimension.REQUESTS, after.requests(), headers.remainingRequests()))
			.then(correct(key, Dimension.TOKENS, after.tokens(), headers.remainingTokens()))
			.then(giveBack(key, Dimension.REQUESTS, after.requests(), update.returnedRequests()))
			.then(giveBack(key, Dimension.TOKENS, after.tokens(), update.returnedTokens()));
	}

	Mono<RateLimitHeadroom> headroom(RateLimitKey key) {
		Limits limits = limits(key);
		return available(key, Dimension.REQUESTS, limits.requests())
			.zipWith(available(key, Dimension.TOKENS, limits.tokens()),
					(requests, tokens) -> new RateLimitHeadroom(key, limits.requests(), positive(requests),
							limits.tokens(), positive(tokens)));
	}

	Iterable<RateLimitKey> knownKeys() {
		return this.keys;
	}

	/**
	 * Reserves {@code cost} when it fits within {@code maxWait}: at once when it fits now (one atomic
	 * try-consume), else into debt (an atomic consume that tells the wait), handed back when that wait turned out too
	 * long.
	 */
	private Mono<RateLimitPermit> reserve(RateLimitKey key, Dimension dimension, @Nullable Long limit, long cost,
			Duration maxWait) {
		long units = (limit != null) ? Math.min(cost, limit) : 0;
		if (units <= 0) {
			return Mono.just(RateLimitPermit.NOW);
		}
		long maxWaitNanos = maxWait.toNanos();
		return bucket(key, dimension, limit).flatMap((bucket) -> call(() -> bucket.tryConsumeAndReturnRemaining(units))
			.flatMap((probe) -> {
				if (probe.isConsumed()) {
					return Mono.just(RateLimitPermit.NOW);
				}
				if (probe.getNanosToWaitForRefill() > maxWaitNanos) {
					return Mono.just(RateLimitPermit.refused(Duration.ofNanos(probe.getNanosToWaitForRefill())));
				}
				return call(() -> bucket.consumeIgnoringRateLimits(units)).flatMap((wait) -> (wait <= maxWaitNanos)
						? Mono.just(RateLimitPermit.grantedAfter(Duration.ofNanos(wait)))
						: call(() -> bucket.addTokens(units)).thenReturn(RateLimitPermit.refused(Duration.ofNanos(wait))));
			}));
	}

	private Mono<Void> giveBack(RateLimitKey key, Dimension dimension, @Nullable Long limit, long units) {
		if (limit == null || units == 0) {
			return Mono.empty();
		}
		return bucket(key, dimension, limit).flatMap((bucket) -> (units > 0) ? call(() -> bucket.addTokens(units))
				: call(() -> bucket.consumeIgnoringRateLimits(-units)).then());
	}

	/** Takes in what the server says remains, when that is less than the bucket holds (it counted calls we did not). */
	private Mono<Void> correct(RateLimitKey key, Dimension dimension, @Nullable Long limit, @Nullable Long remaining) {
		if (limit == null || remaining == null) {
			return Mono.empty();
		}
		return bucket(key, dimension, limit).flatMap((bucket) -> call(bucket::getAvailableTokens).flatMap((available) -> {
			long excess = available - Math.max(0, remaining);
			return (excess > 0) ? call(() -> bucket.consumeIgnoringRateLimits(excess)).then() : Mono.<Void>empty();
		}));
	}

	private Mono<Void> reconfigure(RateLimitKey key, Dimension dimension, @Nullable Long before,
			@Nullable Long after) {
		if (after == null || after.equals(before) || before == null) {
			return Mono.empty();
		}
		return bucket(key, dimension, after).flatMap((bucket) -> call(
				() -> bucket.replaceConfiguration(configuration(after), TokensInheritanceStrategy.PROPORTIONALLY)));
	}

	private Mono<Long> available(RateLimitKey key, Dimension dimension, @Nullable Long limit) {
		if (limit == null) {
			return Mono.just(UNKNOWN);
		}
		return bucket(key, dimension, limit).flatMap((bucket) -> call(bucket::getAvailableTokens));
	}

	private Mono<AsyncBucketProxy> bucket(RateLimitKey key, Dimension dimension, long limit) {
		String name = this.keyPrefix + key.asString() + dimension.suffix;
		AsyncBucketProxy cached = this.buckets.get(name);
		if (cached != null) {
			return Mono.just(cached);
		}
		return proxyManager().map((manager) -> this.buckets.computeIfAbsent(name,
				(ignored) -> manager.builder()
					.build(name.getBytes(StandardCharsets.UTF_8), () -> CompletableFuture
						.completedFuture(configuration(dimension.limit(limits(key), limit))))));
	}

	private Mono<AsyncProxyManager<byte[]>> proxyManager() {
		AsyncProxyManager<byte[]> manager = this.proxyManager;
		if (manager != null) {
			return Mono.just(manager);
		}
		return Mono.fromCallable(() -> {
			synchronized (this) {
				if (this.proxyManager == null) {
					this.proxyManager = this.connector.get();
				}
				return this.proxyManager;
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private Limits limits(RateLimitKey key) {
		Limits learnt = this.learnt.get(key);
		return (learnt != null) ? learnt : new Limits(this.requestsPerMinute, this.tokensPerMinute);
	}

	private static BucketConfiguration configuration(long perMinute) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
			.build();
	}

	private static <T> Mono<T> call(Supplier<CompletableFuture<T>> operation) {
		return Mono.fromFuture(operation, true);
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static @Nullable Long first(@Nullable Long a, @Nullable Long b) {
		return (a != null && a > 0) ? a : b;
	}

	private static @Nullable Long positive(long available) {
		return (available == UNKNOWN) ? null : Math.max(0, available);
	}

	/** A key's limits per minute; {@code null} where neither configuration nor a header gave one. */
	private record Limits(@Nullable Long requests, @Nullable Long tokens) {

	}

	/** The two buckets of a key. */
	private enum Dimension {

		REQUESTS(":requests"), TOKENS(":tokens");

		private final String suffix;

		Dimension(String suffix) {
			this.suffix = suffix;
		}

		long limit(Limits limits, long fallback) {
			Long limit = (this == REQUESTS) ? limits.requests() : limits.tokens();
			return (limit != null) ? limit : fallback;
		}

	}

}
