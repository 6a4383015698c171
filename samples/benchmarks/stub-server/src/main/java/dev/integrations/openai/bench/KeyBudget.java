package dev.integrations.openai.bench;

/**
 * The rate limits of one API key, enforced the way OpenAI describes them: a requests bucket and a tokens bucket,
 * each holding at most its per-minute limit and refilling continuously; a request is admitted only when both hold
 * its cost, and then takes it from both.
 */
final class KeyBudget {

	private static final double MINUTE_NANOS = 60e9;

	private final long requestLimit;

	private final long tokenLimit;

	private double requests;

	private double tokens;

	private long last;

	KeyBudget(long requestLimit, long tokenLimit, long now) {
		this.requestLimit = requestLimit;
		this.tokenLimit = tokenLimit;
		this.requests = requestLimit;
		this.tokens = tokenLimit;
		this.last = now;
	}

	/**
	 * Admits or refuses one request.
	 * @param cost the tokens the request may use
	 * @param now {@link System#nanoTime()}
	 * @return what the server answers
	 */
	synchronized Decision admit(long cost, long now) {
		double elapsed = now - this.last;
		this.last = now;
		this.requests = Math.min(this.requestLimit, this.requests + elapsed * this.requestLimit / MINUTE_NANOS);
		this.tokens = Math.min(this.tokenLimit, this.tokens + elapsed * this.tokenLimit / MINUTE_NANOS);
		boolean admitted = this.requests >= 1 && this.tokens >= cost;
		long waitNanos = 0;
		if (admitted) {
			this.requests -= 1;
			this.tokens -= cost;
		}
		else {
			waitNanos = (long) Math.max(nanosFor(1 - this.requests, this.requestLimit),
					nanosFor(cost - this.tokens, this.tokenLimit));
		}
		return new Decision(admitted, waitNanos, this.requestLimit, (long) Math.floor(this.requests),
				(long) nanosFor(this.requestLimit - this.requests, this.requestLimit), this.tokenLimit,
				(long) Math.floor(this.tokens), (long) nanosFor(this.tokenLimit - this.tokens, this.tokenLimit));
	}

	private static double nanosFor(double missing, long limitPerMinute) {
		return Math.max(0, missing) * MINUTE_NANOS / limitPerMinute;
	}

	/**
	 * The answer to one request and the {@code x-ratelimit-*} values sent with it.
	 *
	 * @param admitted whether it is served (else 429)
	 * @param retryAfterNanos for a refused one, when it would be admitted
	 * @param limitRequests requests per minute
	 * @param remainingRequests requests left now
	 * @param resetRequestsNanos until the requests bucket is full again
	 * @param limitTokens tokens per minute
	 * @param remainingTokens tokens left now
	 * @param resetTokensNanos until the tokens bucket is full again
	 */
	record Decision(boolean admitted, long retryAfterNanos, long limitRequests, long remainingRequests,
			long resetRequestsNanos, long limitTokens, long remainingTokens, long resetTokensNanos) {

	}

}
