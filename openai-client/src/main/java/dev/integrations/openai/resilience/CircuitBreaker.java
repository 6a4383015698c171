package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

import dev.integrations.openai.errors.CircuitBreakerOpenException;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAITimeoutException;

/**
 * A consecutive-failure circuit breaker. After {@code failureThreshold} consecutive failures (5xx, connection
 * errors, timeouts; not 4xx, which say nothing about the server's health) it opens and fails calls fast for
 * {@code openDuration}; then it lets one probe through (half-open): a success closes it, a failure opens it again.
 * Lock-free on the closed path, so it costs nothing measurable per call.
 */
public final class CircuitBreaker {

	private final CircuitBreakerSettings settings;

	private final LongSupplier nanoClock;

	private final BiConsumer<CircuitState, CircuitState> onTransition;

	private final AtomicInteger consecutiveFailures = new AtomicInteger();

	private final AtomicBoolean probeInFlight = new AtomicBoolean();

	private volatile CircuitState state = CircuitState.CLOSED;

	private volatile long openedAtNanos;

	/**
	 * Creates a circuit breaker.
	 * @param settings threshold and open duration
	 * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime} outside tests)
	 * @param onTransition notified of every state change, as (from, to)
	 */
	public CircuitBreaker(CircuitBreakerSettings settings, LongSupplier nanoClock,
			BiConsumer<CircuitState, CircuitState> onTransition) {
		this.settings = settings;
		this.nanoClock = nanoClock;
		this.onTransition = onTransition;
	}

	/** @return the current state */
	public CircuitState state() {
		if (this.state == CircuitState.OPEN && remainingOpen().isZero()) {
			return CircuitState.HALF_OPEN;
		}
		return this.state;
	}

	/** @return the consecutive failures counted so far */
	public int consecutiveFailures() {
		return this.consecutiveFailures.get();
	}

	/**
	 * Asks permission for one attempt.
	 * @throws CircuitBreakerOpenException if the circuit is open, or half-open with a probe already in flight
	 */
	public void acquirePermission() {
		if (!this.settings.enabled() || this.state == CircuitState.CLOSED) {
			return;
		}
		if (this.state == CircuitState.OPEN) {
			Duration remaining = remainingOpen();
			if (!remaining.isZero()) {
				throw new CircuitBreakerOpenException(remaining);
			}
			transition(CircuitState.OPEN, CircuitState.HALF_OPEN);
		}
		if (!this.probeInFlight.compareAndSet(false, true)) {
			throw new CircuitBreakerOpenException(Duration.ZERO);
		}
	}

	/**
	 * Records a successful attempt.
	 */
	public void onSuccess() {
		if (!this.settings.enabled()) {
			return;
		}
		if (this.consecutiveFailures.get() != 0) {
			this.consecutiveFailures.set(0);
		}
		if (this.state == CircuitState.HALF_OPEN) {
			this.probeInFlight.set(false);
			transition(CircuitState.HALF_OPEN, CircuitState.CLOSED);
		}
	}

	/**
	 * Records a failed attempt; only failures that say the server is unhealthy count.
	 * @param failure the failure
	 */
	public void onFailure(Throwable failure) {
		if (!this.settings.enabled()) {
			return;
		}
		if (!countsAsFailure(failure)) {
			onIgnored();
			return;
		}
		int failures = this.consecutiveFailures.incrementAndGet();
		if (this.state == CircuitState.HALF_OPEN) {
			this.openedAtNanos = this.nanoClock.getAsLong();
			this.probeInFlight.set(false);
			transition(CircuitState.HALF_OPEN, CircuitState.OPEN);
		}
		else if (this.state == CircuitState.CLOSED && failures >= this.settings.failureThreshold()) {
			this.openedAtNanos = this.nanoClock.getAsLong();
			transition(CircuitState.CLOSED, CircuitState.OPEN);
		}
	}

	/**
	 * Records an attempt that ended without a verdict (cancelled, or a client error): frees a half-open probe.
	 */
	public void onIgnored() {
		if (this.state == CircuitState.HALF_OPEN) {
			this.probeInFlight.set(false);
		}
	}

	private static boolean countsAsFailure(Throwable failure) {
		return failure instanceof InternalServerException || failure instanceof OpenAIConnectionException
				|| failure instanceof OpenAITimeoutException;
	}

	private Duration remainingOpen() {
		long elapsed = this.nanoClock.getAsLong() - this.openedAtNanos;
		long remaining = this.settings.openDuration().toNanos() - elapsed;
		return (remaining > 0) ? Duration.ofNanos(remaining) : Duration.ZERO;
	}

	private synchronized void transition(CircuitState from, CircuitState to) {
		if (this.state != from) {
			return;
		}
		this.state = to;
		this.onTransition.accept(from, to);
	}

	@Override
	public String toString() {
		return "CircuitBreaker[state=" + state() + ", consecutiveFailures=" + this.consecutiveFailures.get() + "]";
	}

}
