package dev.integrations.openai.ratelimit;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the rate-limit budgets live: in memory for one instance ({@link LocalRateLimitStore}) or in a store shared
 * by a fleet. The client asks it before every attempt ({@link #acquire}) and tells it what each response reported
 * ({@link #update}). Calls return {@link Mono}s because a shared store is remote; the client subscribes to them on
 * the reactive path and never blocks on them itself.
 * <p>
 * The budget of a key has two dimensions, requests and tokens, each a bucket that refills continuously at the rate
 * the server reports ({@code limit} per window; the window follows from {@code limit - remaining} refilling in the
 * {@code reset} time). A key the store knows nothing about (no response seen yet) is not limited: its permits are
 * granted at once.
 * <p>
 * What every implementation must guarantee, a remote one in particular:
 * <ul>
 * <li><b>No over-grant</b>: {@link #acquire} checks and reserves atomically for all callers sharing the key (all
 * threads, and for a shared store all instances): permits granted with no wait never add up to more than what was
 * available.</li>
 * <li><b>Reserve on grant only</b>: a granted permit has consumed its cost (possibly into debt that the wait pays
 * off); a refused one has consumed nothing.</li>
 * <li><b>Never lose a call</b>: when the store cannot answer (a remote store unreachable) it must not fail the
 * call with its own error; it answers from a local fallback or grants, and says so in its logs and health.</li>
 * <li><b>Bounded latency</b>: its {@code Mono}s complete promptly (a remote store applies its own timeout); they
 * must not block the subscribing thread, which may be a Netty event loop.</li>
 * <li><b>Corrections are commutative enough</b>: {@link #update}s of concurrent calls may arrive in any order; the
 * store may not go above the limit the server reported.</li>
 * </ul>
 */
public interface RateLimitStore {

	/**
	 * Asks to send one request that will use about {@code tokens} tokens.
	 * @param key the budget
	 * @param tokens the estimated tokens of the call (input plus expected output), at least 0
	 * @param maxWait the longest wait the caller accepts; a cost that fits only later than that is refused and
	 * nothing is reserved ({@link Duration#ZERO}: only at once)
	 * @return the permit: granted (reserved) with the wait before sending, or refused with the time until it would
	 * fit
	 */
	Mono<RateLimitPermit> acquire(RateLimitKey key, long tokens, Duration maxWait);

	/**
	 * Corrects a budget: from a response's headers (the server's view, which wins over the store's own count when it
	 * reports less), and by what a call gives back of its reservation.
	 * @param key the budget
	 * @param update the headers and the returned requests and tokens
	 * @return completes when the store has applied it
	 */
	Mono<Void> update(RateLimitKey key, RateLimitUpdate update);

	/**
	 * The current budget of every key the store knows, for health.
	 * @return the headroom of each key
	 */
	Flux<RateLimitHeadroom> headroom();

}
