package dev.integrations.openai.samples.chat.demo;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * The rate-limit headroom the demo backend reports: requests and tokens used in the last minute, against
 * per-minute limits, as OpenAI reports them in {@code x-ratelimit-*} headers. It never refuses a request; the
 * headroom only feeds the client's rate-limit gauges.
 */
final class DemoRateLimiter {

	private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

	private final long requestsPerMinute;

	private final long tokensPerMinute;

	private final LongSupplier nanoClock;

	private final Deque<Use> uses = new ArrayDeque<>();

	private long tokensInWindow;

	DemoRateLimiter(long requestsPerMinute, long tokensPerMinute) {
		this(requestsPerMinute, tokensPerMinute, System::nanoTime);
	}

	DemoRateLimiter(long requestsPerMinute, long tokensPerMinute, LongSupplier nanoClock) {
		this.requestsPerMinute = requestsPerMinute;
		this.tokensPerMinute = tokensPerMinute;
		this.nanoClock = nanoClock;
	}

	/**
	 * Records a request and returns the headroom left after it.
	 * @param tokens the tokens the request uses
	 * @return the headroom
	 */
	synchronized Remaining acquire(long tokens) {
		long now = this.nanoClock.getAsLong();
		while (!this.uses.isEmpty() && now - this.uses.peekFirst().atNanos() >= WINDOW_NANOS) {
			this.tokensInWindow -= this.uses.removeFirst().tokens();
		}
		this.uses.addLast(new Use(now, tokens));
		this.tokensInWindow += tokens;
		Duration reset = Duration.ofNanos(WINDOW_NANOS - (now - this.uses.peekFirst().atNanos()));
		String resetText = reset.toMillis() + "ms";
		return new Remaining(Math.max(0, this.requestsPerMinute - this.uses.size()),
				Math.max(0, this.tokensPerMinute - this.tokensInWindow), resetText, resetText);
	}

	/**
	 * Headroom after a request.
	 * @param requests requests left in the window
	 * @param tokens tokens left in the window
	 * @param resetRequests when the oldest request leaves the window, such as {@code 59870ms}
	 * @param resetTokens when the oldest tokens leave the window
	 */
	record Remaining(long requests, long tokens, String resetRequests, String resetTokens) {
	}

	private record Use(long atNanos, long tokens) {
	}

}
