package dev.integrations.openai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.integrations.openai.common.Poller;
import reactor.core.publisher.Mono;

/**
 * A clock that only moves when the poller sleeps, so polling tests never really wait and reach a timeout at once.
 * Records every sleep.
 */
public final class VirtualTime extends Clock {

	private volatile Instant now = Instant.parse("2025-06-01T12:00:00Z");

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	/**
	 * A poller on this clock whose sleeps advance the clock at once.
	 * @param interval the polling interval
	 * @param timeout the polling timeout
	 * @return the poller
	 */
	public Poller poller(Duration interval, Duration timeout) {
		return Poller.of(interval, timeout).withTime(this, (duration) -> Mono.fromRunnable(() -> {
			this.sleeps.add(duration);
			this.now = this.now.plus(duration);
		}));
	}

	/** @return every sleep so far, in order */
	public List<Duration> sleeps() {
		return this.sleeps;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
