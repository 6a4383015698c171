package dev.integrations.openai.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.integrations.openai.common.RateLimitHeaders;
import dev.integrations.openai.ratelimit.LocalRateLimitStore;
import dev.integrations.openai.ratelimit.RateLimitHeadroom;
import dev.integrations.openai.ratelimit.RateLimitKey;
import dev.integrations.openai.ratelimit.RateLimitPermit;
import dev.integrations.openai.ratelimit.RateLimitUpdate;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.StringCodec;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of an application (two stores, each on its own Lettuce connection) sharing one budget in a real
 * Redis, and what happens when Redis goes away and comes back.
 */
@Tag("redis")
@ExtendWith(OutputCaptureExtension.class)
class RedisRateLimitStoreTests {

	@RegisterExtension
	static final RedisServer redis = new RedisServer();

	private static final Duration AWAIT = Duration.ofSeconds(10);

	private static final RateLimitKey KEY = new RateLimitKey("default", "proj_fleet", "gpt-4o-mini");

	private final List<RedisClient> clients = new ArrayList<>();

	private final AtomicLong clock = new AtomicLong();

	@BeforeEach
	void emptyRedis() throws Exception {
		redis.start();
		try (StatefulRedisConnection<String, String> connection = client().connect(StringCodec.UTF8)) {
			connection.sync().flushall();
		}
	}

	@AfterEach
	void closeClients() {
		this.clients.forEach(RedisClient::shutdown);
	}

	@Test
	void secondInstanceIsRefusedOnceTheFirstUsedUpTheSharedRequestBudget() {
		RedisRateLimitStore first = store(3L, 100_000L);
		RedisRateLimitStore second = store(3L, 100_000L);
		for (int i = 0; i < 3; i++) {
			assertThat(first.acquire(KEY, 10, Duration.ZERO).block(AWAIT)).isEqualTo(RateLimitPermit.NOW);
		}
		RateLimitPermit refused = second.acquire(KEY, 10, Duration.ZERO).block(AWAIT);
		assertThat(refused.granted()).isFalse();
		assertThat(refused.delay()).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(21));
		RateLimitPermit waiting = second.acquire(KEY, 10, Duration.ofSeconds(30)).block(AWAIT);
		assertThat(waiting.granted()).isTrue();
		assertThat(waiting.delay()).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(21));
		assertThat(first.fallback()).isNull();
		assertThat(second.fallback()).isNull();
	}

	@Test
	void callThatDoesNotFitTheSharedTokenBudgetIsRefusedAndReservesNothing() {
		RedisRateLimitStore first = store(100L, 1_000L);
		RedisRateLimitStore second = store(100L, 1_000L);
		assertThat(first.acquire(KEY, 900, Duration.ZERO).block(AWAIT)).isEqualTo(RateLimitPermit.NOW);
		RateLimitPermit refused = second.acquire(KEY, 200, Duration.ZERO).block(AWAIT);
		assertThat(refused.granted()).isFalse();
		assertThat(refused.delay()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(7));
		RateLimitHeadroom headroom = second.headroom().blockFirst(AWAIT);
		assertThat(headroom.key()).isEqualTo(KEY);
		assertThat(headroom.limitRequests()).isEqualTo(100L);
		assertThat(headroom.remainingRequests()).isEqualTo(99L);
		assertThat(headroom.limitTokens()).isEqualTo(1_000L);
		assertThat(headroom.remainingTokens()).isBetween(100L, 110L);
	}

	@Test
	void responseHeadersSetTheLimitAndTheRemainingBudgetOfTheWholeFleet() {
		RedisRateLimitStore first = store(null, null);
		RedisRateLimitStore second = store(null, null);
		assertThat(second.acquire(KEY, 50, Duration.ZERO).block(AWAIT)).isEqualTo(RateLimitPermit.NOW);
		first.update(KEY, RateLimitUpdate.headers(new RateLimitHeaders(60L, 1L, Duration.ofSeconds(59), 40_000L,
				39_000L, Duration.ofSeconds(1))))
			.block(AWAIT);
		second.update(KEY, RateLimitUpdate.headers(new RateLimitHeaders(60L, 1L, null, 40_000L, 39_000L, null)))
			.block(AWAIT);
		assertThat(second.acquire(KEY, 50, Duration.ZERO).block(AWAIT)).isEqualTo(RateLimitPermit.NOW);
		RateLimitPermit refused = first.acquire(KEY, 50, Duration.ZERO).block(AWAIT);
		assertThat(refused.granted()).isFalse();
		assertThat(refused.delay()).isBetween(Duration.ofMillis(500), Duration.ofMillis(1100));
	}

	@Test
	void whenRedisStopsCallsFallBackToTheLocalBudgetWithOneWarningAndShareAgainWhenItIsBack(CapturedOutput output)
			throws Exception {
		RedisRateLimitOptions options = RedisRateLimitOptions.DEFAULTS.withLimits(2L, 100_000L)
			.withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(5));
		RedisRateLimitStore store = new RedisRateLimitStore(connector(), options, new LocalRateLimitStore(),
				this.clock::get);
		RedisRateLimitStore other = store(2L, 100_000L);
		awaitOnRedis(store, () -> store.acquire(new RateLimitKey("warm-up", null, ""), 1, Duration.ZERO));
		store.update(KEY, RateLimitUpdate.headers(new RateLimitHeaders(2L, 2L, null, 100_000L, 100_000L, null)))
			.block(AWAIT);
		assertThat(store.acquire(KEY, 1, Duration.ZERO).block(AWAIT)).isEqualTo(RateLimitPermit.NOW);
		assertThat(store.fallback()).as("on Redis before it stops").isNull();

		int logged = output.getOut().length();
		redis.stop();
		RateLimitPermit local = store.acquire(KEY, 1, Duration.ZERO).block(AWAIT);
		assertThat(local).isEqualTo(RateLimitPermit.NOW);
		assertThat(store.fallback()).isNotNull();
		assertThat(store.acquire(KEY, 1, Duration.ZERO).block(AWAIT).granted()).isTrue();
		assertThat(store.acquire(KEY, 1, Duration.ZERO).block(AWAIT).granted()).as("the local budget of 2").isFalse();
		assertThat(store.headroom().blockFirst(AWAIT).remainingRequests()).isZero();
		Health fallback = new RedisRateLimitStoreHealthIndicator(store).health();
		assertThat(fallback.getStatus()).isEqualTo(Status.UP);
		assertThat(fallback.getDetails()).containsEntry("store", "local (fallback)")
			.containsKeys("reason", "fallbackSince");
		assertThat(output.getOut().substring(logged).split("Redis rate-limit store unreachable", -1))
			.as("one warning for the outage").hasSize(2);

		redis.start();
		awaitOnRedis(store, () -> store.acquire(KEY, 1, Duration.ZERO));
		assertThat(new RedisRateLimitStoreHealthIndicator(store).health().getDetails()).containsOnlyKeys("store")
			.containsEntry("store", "redis");
		assertThat(output.getOut().substring(logged)).contains("Redis rate-limit store reachable again");
		long granted = Flux.range(0, 2)
			.concatMap((i) -> other.acquire(KEY, 1, Duration.ZERO))
			.filter(RateLimitPermit::granted)
			.count()
			.block(AWAIT);
		assertThat(granted).as("the probe that ended the outage took one of the two shared requests").isLessThan(2);
	}

	/**
	 * Makes calls (the clock past the retry interval before each) until one reached Redis: the first connection and
	 * Lettuce's reconnection take their time on a busy machine.
	 */
	private void awaitOnRedis(RedisRateLimitStore store, Supplier<Mono<?>> call) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		do {
			this.clock.addAndGet(Duration.ofSeconds(5).toNanos());
			call.get().block(AWAIT);
		}
		while (store.fallback() != null && System.nanoTime() < deadline && sleep());
		assertThat(store.fallback()).as("on Redis").isNull();
	}

	private static boolean sleep() throws InterruptedException {
		Thread.sleep(100);
		return true;
	}

	private RedisRateLimitStore store(@Nullable Long requestsPerMinute, @Nullable Long tokensPerMinute) {
		return new RedisRateLimitStore(connector(),
				RedisRateLimitOptions.DEFAULTS.withLimits(requestsPerMinute, tokensPerMinute));
	}

	private Supplier<AsyncProxyManager<byte[]>> connector() {
		RedisClient client = client();
		return () -> BucketProxyManagers.over(client.connect(ByteArrayCodec.INSTANCE));
	}

	private RedisClient client() {
		RedisURI uri = RedisURI.create(redis.uri());
		uri.setTimeout(AWAIT);
		RedisClient client = RedisClient.create(uri);
		this.clients.add(client);
		return client;
	}

}
