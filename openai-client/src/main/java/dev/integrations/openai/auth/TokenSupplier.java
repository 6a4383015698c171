package dev.integrations.openai.auth;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Fetches a fresh {@link AccessToken}, for {@link TokenAuthProvider}. The fetch is reactive, so that it never blocks
 * an event loop; wrap a blocking source with {@link #blocking(Supplier)}.
 */
@FunctionalInterface
public interface TokenSupplier {

	/**
	 * Fetches a token.
	 * @return the token, or an error
	 */
	Mono<AccessToken> fetch();

	/**
	 * A supplier running a blocking fetch (an HTTP call to an identity endpoint, a file read) on
	 * {@link Schedulers#boundedElastic()}.
	 * @param fetch the blocking fetch
	 * @return the supplier
	 */
	static TokenSupplier blocking(Supplier<AccessToken> fetch) {
		return () -> Mono.fromSupplier(fetch).subscribeOn(Schedulers.boundedElastic());
	}

}
