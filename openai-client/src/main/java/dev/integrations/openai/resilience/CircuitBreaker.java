package dev.integrations.openai.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

import dev.integrations.openai.errors.CircuitBreakerOpenException;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * A consecutive-failure circuit breaker. After {@code failureThreshold} consecutive failures (5xx, connection
 * errors, timeouts; not 4xx, which say nothing about the server's health) it opens and fails calls fast for
 * {@code openDuration}; then it lets exactly one probe through (half-open): a success closes it, a failure opens it
 * again. Only the probe's own outcome frees the probe slot: a call rejected while half-open, or an attempt that began
 * before the circuit opened, never lets a second probe through. Lock-free on the closed path, so it costs nothing
 * measurable per call.
 */
public final class CircuitBreaker {

	private final CircuitBreakerSettings settings;

	private final LongSupplier nanoClock;

	private final BiConsumer<CircuitState, CircuitState> onTransition;

	private final AtomicInteger consecutiveFailures = new AtomicInteger();

	/** The token of the half-open probe in flight, {@code null} when none is. */
	private final AtomicReference<@Nullable Object> probe = new AtomicReference<>();

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
	 * Asks permission for one attempt. The caller then reports its outcome with {@link #onSuccess()},
	 * {@link #onFailure(Throwable)} or {@link #onIgnored()}, which free the probe slot if it was taken.
	 * @throws CircuitBreakerOpenException if the circuit is open, or half-open with a probe already in flight
	 */
	public void acquirePermission() {
		acquire();
	}

	/**
	 * Asks permission for one attempt.
	 * @return the probe token when this attempt is the half-open probe, to hand back with its outcome; {@code null}
	 * for an attempt in a closed circuit
	 * @throws CircuitBreakerOpenException if the circuit is open, or half-open with a probe already in flight
	 */
	@Nullable Object acquire() {
		if (!this.settings.enabled() || this.state == CircuitState.CLOSED) {
			return null;
		}
		if (this.state == CircuitState.OPEN) {
			halfOpenOrReject();
		}
		Object token = new Object();
		if (!this.probe.compareAndSet(null, token)) {
			throw new CircuitBreakerOpenException(Duration.ZERO);
		}
		if (this.state != CircuitState.HALF_OPEN) {
			// the circuit closed (or opened again) meanwhile: give the slot back and ask again
			this.probe.compareAndSet(token, null);
			return acquire();
		}
		return token;
	}

	/**
	 * Moves an open circuit whose open time is over to half-open, checking the time again under the lock: a thread
	 * that saw the previous open period end must not half-open the circuit a failed probe just opened again.
	 */
	private synchronized void halfOpenOrReject() {
		if (this.state != CircuitState.OPEN) {
			return;
		}
		Duration remaining = remainingOpen();
		if (!remaining.isZero()) {
			throw new CircuitBreakerOpenException(remaining);
		}
		transition(CircuitState.OPEN, CircuitState.HALF_OPEN);
	}

	/**
	 * Records a successful attempt that held whatever probe slot is taken (see {@link #acquirePermission()}).
	 */
	public void onSuccess() {
		onSuccess(this.probe.get());
	}

	/**
	 * Records a successful attempt.
	 * @param token the probe token {@link #acquire()} returned, or {@code null}
	 */
	void onSuccess(@Nullable Object token) {
		if (!this.settings.enabled()) {
			return;
		}
		if (this.consecutiveFailures.get() != 0) {
			this.consecutiveFailures.set(0);
		}
		if (this.state == CircuitState.HALF_OPEN) {
			transition(CircuitState.HALF_OPEN, CircuitState.CLOSED);
		}
		release(token);
	}

	/**
	 * Records a failed attempt that held whatever probe slot is taken; only failures that say the server is
	 * unhealthy count.
	 * @param failure the failure
	 */
	public void onFailure(Throwable failure) {
		onFailure(failure, this.probe.get());
	}

	/**
	 * Records a failed attempt; only failures that say the server is unhealthy count.
	 * @param failure the failure
	 * @param token the probe token {@link #acquire()} returned, or {@code null}
	 */
	void onFailure(Throwable failure, @Nullable Object token) {
		if (!this.settings.enabled()) {
			return;
		}
		if (!countsAsFailure(failure)) {
			release(token);
			return;
		}
		int failures = this.consecutiveFailures.incrementAndGet();
		if (token != null) {
			reopen();
		}
		else if (this.state == CircuitState.CLOSED && failures >= this.settings.failureThreshold()) {
			open();
		}
		release(token);
	}

	/**
	 * Records an attempt that ended without a verdict (cancelled, or a client error) and held whatever probe slot
	 * is taken: frees it.
	 */
	public void onIgnored() {
		release(this.probe.get());
	}

	/**
	 * Records an attempt that ended without a verdict: frees its probe slot, if it held it.
	 * @param token the probe token {@link #acquire()} returned, or {@code null}
	 */
	void onIgnored(@Nullable Object token) {
		release(token);
	}

	private void release(@Nullable Object token) {
		if (token != null) {
			this.probe.compareAndSet(token, null);
		}
	}

	private synchronized void open() {
		if (this.state == CircuitState.CLOSED) {
			this.openedAtNanos = this.nanoClock.getAsLong();
			transition(CircuitState.CLOSED, CircuitState.OPEN);
		}
	}

	private synchronized void reopen() {
		if (this.state == CircuitState.HALF_OPEN) {
			this.openedAtNanos = this.nanoClock.getAsLong();
			transition(CircuitState.HALF_OPEN, CircuitState.OPEN);
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
