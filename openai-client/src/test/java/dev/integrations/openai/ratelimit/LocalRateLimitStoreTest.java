package dev.integrations.openai.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.integrations.openai.common.RateLimitHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRateLimitStoreTest {

	private static final RateLimitKey KEY = new RateLimitKey("default", "proj_1", "gpt-4o-mini");

	/** A clock that moves only when the test moves it. */
	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	private final LocalRateLimitStore store = new LocalRateLimitStore(this.nanos::get);

	private static RateLimitHeaders requests(long limit, long remaining, Duration reset) {
		return new RateLimitHeaders(limit, remaining, reset, null, null, null);
	}

	private static RateLimitHeaders tokens(long limit, long remaining, Duration reset) {
		return new RateLimitHeaders(null, null, null, limit, remaining, reset);
	}

	private RateLimitPermit acquire(long tokens, Duration maxWait) {
		return this.store.acquire(KEY, tokens, maxWait).block();
	}

	@Test
	void aKeyNothingIsKnownAboutIsGrantedAtOnce() {
		assertThat(acquire(1_000_000, Duration.ZERO)).isEqualTo(RateLimitPermit.NOW);
		assertThat(this.store.headroom().collectList().block()).isEmpty();
	}

	@Test
	void whenNoRequestRemainsACallIsRefusedWithTheTimeOneRequestTakesToRefill() {
		// 60 per window, all used, full again in 60 s: one request refills every second
		this.store.update(KEY, RateLimitUpdate.headers(requests(60, 0, Duration.ofSeconds(60)))).block();

		assertThat(acquire(0, Duration.ZERO)).isEqualTo(RateLimitPermit.refused(Duration.ofSeconds(1)));
		assertThat(acquire(0, Duration.ofMillis(999)).granted()).isFalse();
		assertThat(acquire(0, Duration.ofSeconds(1))).isEqualTo(RateLimitPermit.grantedAfter(Duration.ofSeconds(1)));
		// that reservation is in debt: the next one waits a second more
		assertThat(acquire(0, Duration.ofSeconds(5))).isEqualTo(RateLimitPermit.grantedAfter(Duration.ofSeconds(2)));

		this.nanos.addAndGet(Duration.ofSeconds(3).toNanos());
		assertThat(acquire(0, Duration.ZERO)).isEqualTo(RateLimitPermit.NOW);
		assertThat(acquire(0, Duration.ZERO).granted()).isFalse();
	}

	@Test
	void tokensAreReservedAndACallThatDoesNotFitWaitsForItsShortfall() {
		// 1000 tokens per window, 300 left, full in 7 s: 100 tokens per second
		this.store.update(KEY, RateLimitUpdate.headers(tokens(1000, 300, Duration.ofSeconds(7)))).block();

		assertThat(acquire(200, Duration.ZERO)).isEqualTo(RateLimitPermit.NOW);
		assertThat(acquire(200, Duration.ZERO)).isEqualTo(RateLimitPermit.refused(Duration.ofSeconds(1)));
		assertThat(this.store.headroom().collectList().block())
			.containsExactly(new RateLimitHeadroom(KEY, null, null, 1000L, 100L));
	}

	@Test
	void aCallLargerThanTheWholeLimitWaitsForAFullBucketInsteadOfForever() {
		this.store.update(KEY, RateLimitUpdate.headers(tokens(1000, 0, Duration.ofSeconds(10)))).block();

		assertThat(acquire(50_000, Duration.ofMinutes(1))).isEqualTo(RateLimitPermit.grantedAfter(Duration.ofSeconds(10)));
	}

	@Test
	void theServersLowerCountWinsAndAHigherOneDoesNotUndoLocalReservations() {
		this.store.update(KEY, RateLimitUpdate.headers(requests(100, 50, Duration.ofSeconds(30)))).block();
		for (int i = 0; i < 10; i++) {
			assertThat(acquire(0, Duration.ZERO).granted()).isTrue();
		}
		this.store.update(KEY, RateLimitUpdate.headers(requests(100, 45, Duration.ofSeconds(33)))).block();
		assertThat(remainingRequests()).isEqualTo(40);

		this.store.update(KEY, RateLimitUpdate.headers(requests(100, 5, Duration.ofSeconds(57)))).block();
		assertThat(remainingRequests()).isEqualTo(5);
	}

	@Test
	void actualUsageCorrectsTheEstimateBothWays() {
		this.store.update(KEY, RateLimitUpdate.headers(tokens(10_000, 5_000, Duration.ofSeconds(30)))).block();
		assertThat(acquire(1_000, Duration.ZERO).granted()).isTrue();

		this.store.update(KEY, RateLimitUpdate.usage(1_000, 300)).block();
		assertThat(remainingTokens()).isEqualTo(4_700);

		this.store.update(KEY, RateLimitUpdate.usage(100, 600)).block();
		assertThat(remainingTokens()).isEqualTo(4_200);
	}

	@Test
	void anUnusedReservationIsGivenBackWhole() {
		this.store.update(KEY, new RateLimitUpdate(new RateLimitHeaders(10L, 1L, Duration.ofSeconds(54), 1000L, 500L,
				Duration.ofSeconds(30)), 0, 0)).block();
		assertThat(acquire(400, Duration.ZERO).granted()).isTrue();
		assertThat(acquire(0, Duration.ZERO).granted()).isFalse();

		this.store.update(KEY, RateLimitUpdate.unused(400)).block();

		assertThat(this.store.headroom().collectList().block())
			.containsExactly(new RateLimitHeadroom(KEY, 10L, 1L, 1000L, 500L));
	}

	@Test
	void refillNeverGoesAboveTheLimit() {
		this.store.update(KEY, RateLimitUpdate.headers(requests(10, 0, Duration.ofSeconds(6)))).block();
		this.nanos.addAndGet(Duration.ofHours(1).toNanos());

		assertThat(remainingRequests()).isEqualTo(10);
	}

	@Test
	void dozensOfConcurrentCallersNeverGetMoreThanWhatRemains() throws Exception {
		this.store.update(KEY, new RateLimitUpdate(new RateLimitHeaders(1000L, 500L, Duration.ofSeconds(30), 100_000L,
				9_000L, Duration.ofSeconds(30)), 0, 0)).block();
		int callers = 48;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> granted = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				granted.add(pool.submit(() -> {
					start.await();
					int count = 0;
					for (int call = 0; call < 50; call++) {
						if (this.store.tryAcquire(KEY, 10, Duration.ZERO).granted()) {
							count++;
						}
					}
					return count;
				}));
			}
			start.countDown();
			int total = 0;
			for (Future<Integer> future : granted) {
				total += future.get(60, TimeUnit.SECONDS);
			}
			// 500 requests remain, and 9000 tokens = 900 calls of 10: the requests are the limit
			assertThat(total).isEqualTo(500);
			assertThat(remainingRequests()).isZero();
			assertThat(remainingTokens()).isEqualTo(4_000);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long remainingRequests() {
		return this.store.headroom().blockFirst().remainingRequests();
	}

	private long remainingTokens() {
		return this.store.headroom().blockFirst().remainingTokens();
	}

}
