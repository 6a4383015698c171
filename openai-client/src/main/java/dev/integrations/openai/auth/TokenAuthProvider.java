package dev.integrations.openai.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Sends {@code Authorization: Bearer <token>} with a token from a {@link TokenSupplier}, such as a Microsoft Entra ID
 * token for Azure OpenAI. The token is kept until shortly before it expires: within {@code refreshBefore} of its
 * expiry the next call starts a refresh in the background and still uses the current token; only a missing or expired
 * token makes a call wait for the fetch. Concurrent calls share one fetch, and a failed fetch is tried again by the
 * next call. Nothing here blocks: {@link #prepare()} fetches reactively, {@link #authenticate} only reads.
 */
public final class TokenAuthProvider implements AuthProvider {

	/** Default margin before expiry at which a token is refreshed. */
	public static final Duration DEFAULT_REFRESH_BEFORE = Duration.ofMinutes(5);

	private static final Log logger = LogFactory.getLog(TokenAuthProvider.class);

	private final TokenSupplier supplier;

	private final Duration refreshBefore;

	private final Clock clock;

	private final Object lock = new Object();

	private volatile @Nullable AccessToken current;

	private @Nullable Mono<AccessToken> inflight;

	private TokenAuthProvider(TokenSupplier supplier, Duration refreshBefore, Clock clock) {
		this.supplier = supplier;
		this.refreshBefore = refreshBefore;
		this.clock = clock;
	}

	/**
	 * Creates a provider refreshing tokens {@link #DEFAULT_REFRESH_BEFORE} before they expire.
	 * @param supplier fetches tokens
	 * @return the provider
	 */
	public static TokenAuthProvider of(TokenSupplier supplier) {
		return of(supplier, DEFAULT_REFRESH_BEFORE, Clock.systemUTC());
	}

	/**
	 * Creates a provider.
	 * @param supplier fetches tokens
	 * @param refreshBefore how long before expiry a token is refreshed
	 * @param clock the clock expiry is read against
	 * @return the provider
	 */
	public static TokenAuthProvider of(TokenSupplier supplier, Duration refreshBefore, Clock clock) {
		if (supplier == null || refreshBefore == null || clock == null) {
			throw new IllegalArgumentException("supplier, refreshBefore and clock must not be null");
		}
		if (refreshBefore.isNegative()) {
			throw new IllegalArgumentException("refreshBefore must not be negative, was " + refreshBefore);
		}
		return new TokenAuthProvider(supplier, refreshBefore, clock);
	}

	@Override
	public Mono<Void> prepare() {
		AccessToken token = this.current;
		Instant now = this.clock.instant();
		if (token != null && now.isBefore(token.expiresAt())) {
			if (!now.isBefore(token.expiresAt().minus(this.refreshBefore))) {
				refresh().subscribe(null, (failure) -> logger.warn("Background refresh of the access token failed; "
						+ "the current token is used until it expires: " + failure));
			}
			return Mono.empty();
		}
		return refresh().then();
	}

	private Mono<AccessToken> refresh() {
		synchronized (this.lock) {
			Mono<AccessToken> fetch = this.inflight;
			if (fetch == null) {
				fetch = Mono.defer(this.supplier::fetch)
					.doOnNext((token) -> this.current = token)
					.doFinally((signal) -> clearInflight())
					.cache();
				this.inflight = fetch;
			}
			return fetch;
		}
	}

	private void clearInflight() {
		synchronized (this.lock) {
			this.inflight = null;
		}
	}

	/**
	 * Adds the bearer token readied by {@link #prepare()}.
	 * @throws IllegalStateException if no unexpired token is at hand, because {@link #prepare()} was not awaited
	 */
	@Override
	public void authenticate(HttpHeaders headers) {
		AccessToken token = this.current;
		if (token == null || !this.clock.instant().isBefore(token.expiresAt())) {
			throw new IllegalStateException("No unexpired access token: the transport must await prepare() first");
		}
		headers.setBearerAuth(token.token());
	}

	@Override
	public String toString() {
		return "TokenAuthProvider[token=******, refreshBefore=" + this.refreshBefore + "]";
	}

}
