package dev.integrations.openai.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link TokenAuthProvider}: one fetch while the token is valid, a background refresh shortly before expiry, a
 * waiting fetch once expired, one shared fetch for concurrent calls, a retry after a failed fetch.
 */
class TokenAuthProviderTest {

	private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

	private final MutableClock clock = new MutableClock(T0);

	private final AtomicInteger fetches = new AtomicInteger();

	private final TokenSupplier supplier = () -> Mono.fromSupplier(() -> {
		int n = this.fetches.incrementAndGet();
		return new AccessToken("token-" + n, this.clock.instant().plus(Duration.ofHours(1)));
	});

	private final TokenAuthProvider provider = TokenAuthProvider.of(this.supplier, Duration.ofMinutes(5), this.clock);

	@Test
	void theFirstCallWaitsForAFetchAndLaterCallsReuseTheToken() {
		this.provider.prepare().block();
		assertThat(bearer()).isEqualTo("token-1");
		this.clock.advance(Duration.ofMinutes(54));
		this.provider.prepare().block();
		assertThat(bearer()).isEqualTo("token-1");
		assertThat(this.fetches).hasValue(1);
	}

	@Test
	void withinTheRefreshMarginTheTokenIsRefreshedWhileTheCurrentOneIsStillUsed() {
		Sinks.One<AccessToken> slow = Sinks.one();
		AtomicInteger calls = new AtomicInteger();
		TokenAuthProvider provider = TokenAuthProvider.of(() -> (calls.incrementAndGet() == 1)
				? Mono.just(new AccessToken("token-1", T0.plus(Duration.ofHours(1)))) : slow.asMono(),
				Duration.ofMinutes(5), this.clock);
		provider.prepare().block();
		this.clock.advance(Duration.ofMinutes(56));
		assertThat(provider.prepare().block(Duration.ofSeconds(1))).isNull();
		assertThat(bearer(provider)).isEqualTo("token-1");
		slow.tryEmitValue(new AccessToken("token-2", T0.plus(Duration.ofHours(2))));
		assertThat(bearer(provider)).isEqualTo("token-2");
		assertThat(calls).hasValue(2);
	}

	@Test
	void anExpiredTokenMakesTheNextCallWaitForANewOne() {
		this.provider.prepare().block();
		this.clock.advance(Duration.ofHours(1));
		assertThatIllegalStateException().isThrownBy(this::bearer);
		this.provider.prepare().block();
		assertThat(bearer()).isEqualTo("token-2");
	}

	@Test
	void concurrentCallsShareOneFetch() {
		Sinks.One<AccessToken> pending = Sinks.one();
		AtomicInteger calls = new AtomicInteger();
		TokenAuthProvider provider = TokenAuthProvider.of(() -> {
			calls.incrementAndGet();
			return pending.asMono();
		}, Duration.ofMinutes(5), this.clock);
		Mono<Void> first = provider.prepare();
		Mono<Void> second = provider.prepare();
		first.subscribe();
		second.subscribe();
		pending.tryEmitValue(new AccessToken("shared", T0.plus(Duration.ofHours(1))));
		first.block(Duration.ofSeconds(5));
		second.block(Duration.ofSeconds(5));
		assertThat(calls).hasValue(1);
		assertThat(bearer(provider)).isEqualTo("shared");
	}

	@Test
	void aFailedFetchFailsTheCallAndTheNextCallFetchesAgain() {
		AtomicInteger calls = new AtomicInteger();
		TokenAuthProvider provider = TokenAuthProvider.of(() -> (calls.incrementAndGet() == 1)
				? Mono.error(new IllegalStateException("identity endpoint unavailable"))
				: Mono.just(new AccessToken("token-2", T0.plus(Duration.ofHours(1)))), Duration.ofMinutes(5),
				this.clock);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> provider.prepare().block())
			.withMessage("identity endpoint unavailable");
		provider.prepare().block();
		assertThat(bearer(provider)).isEqualTo("token-2");
	}

	@Test
	void toStringNeverShowsTheToken() {
		this.provider.prepare().block();
		assertThat(this.provider.toString()).doesNotContain("token-1");
		assertThat(new AccessToken("token-x", T0).toString()).doesNotContain("token-x");
	}

	private String bearer() {
		return bearer(this.provider);
	}

	private static String bearer(TokenAuthProvider provider) {
		HttpHeaders headers = new HttpHeaders();
		provider.authenticate(headers);
		return headers.getFirst(HttpHeaders.AUTHORIZATION).substring("Bearer ".length());
	}

	private static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
