package dev.integrations.openai.ratelimit;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * One dimension (requests or tokens) of a key's budget in the {@link LocalRateLimitStore}: a bucket of
 * {@code limit} units that refills continuously, learnt from the server's headers. Not thread-safe: the store
 * guards each key's buckets with one lock.
 */
final class TokenBucket {

	/** The window OpenAI's limits are per (RPM, TPM), used while the headers give no refill rate. */
	private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

	/** Units allowed per window; 0 while the server has not reported a limit (then nothing is limited). */
	private long limit;

	/** Units available now; negative while reservations granted with a wait are in debt. */
	private double available;

	/** Refill rate in units per nanosecond. */
	private double ratePerNano;

	private long lastNanos;

	boolean known() {
		return this.limit > 0;
	}

	/** Nanoseconds until {@code cost} units are available, 0 when they are (or nothing is known). */
	long waitNanos(long cost, long now) {
		if (!known()) {
			return 0;
		}
		refill(now);
		double needed = Math.min(cost, this.limit) - this.available;
		return (needed <= 0) ? 0 : (long) Math.ceil(needed / this.ratePerNano);
	}

	void consume(long cost) {
		if (known()) {
			this.available -= Math.min(cost, this.limit);
		}
	}

	void giveBack(long units, long now) {
		if (known()) {
			refill(now);
			this.available = Math.min(this.limit, this.available + units);
		}
	}

	/**
	 * Takes in the server's view: its limit, the refill rate that {@code limit - remaining} refilling in
	 * {@code reset} shows, and what remains when that is less than this bucket counts.
	 */
	void observe(@Nullable Long limit, @Nullable Long remaining, @Nullable Duration reset, long now) {
		if (limit == null && remaining == null) {
			return;
		}
		boolean wasKnown = known();
		refill(now);
		long newLimit = (limit != null) ? limit : Math.max(this.limit, remaining);
		if (newLimit <= 0) {
			return;
		}
		this.limit = newLimit;
		long reported = (remaining != null) ? Math.max(0, Math.min(remaining, newLimit)) : newLimit;
		if (reset != null && !reset.isZero() && !reset.isNegative() && reported < newLimit) {
			this.ratePerNano = (double) (newLimit - reported) / reset.toNanos();
		}
		else if (this.ratePerNano == 0) {
			this.ratePerNano = (double) newLimit / MINUTE_NANOS;
		}
		this.available = wasKnown ? Math.min(Math.min(this.available, reported), newLimit) : reported;
		this.lastNanos = now;
	}

	@Nullable Long limit() {
		return known() ? this.limit : null;
	}

	@Nullable Long remaining(long now) {
		if (!known()) {
			return null;
		}
		refill(now);
		return (long) Math.floor(Math.max(0, this.available));
	}

	private void refill(long now) {
		long elapsed = now - this.lastNanos;
		if (elapsed > 0) {
			this.available = Math.min(this.limit, this.available + elapsed * this.ratePerNano);
			this.lastNanos = now;
		}
	}

}
