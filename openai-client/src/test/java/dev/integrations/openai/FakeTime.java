package dev.integrations.openai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.integrations.openai.common.PollOptions;
import reactor.core.publisher.Mono;

/**
 * A clock that only moves when the poller "sleeps", so polling tests never really wait and can reach a timeout
 * instantly. Records every requested pause.
 */
public final class FakeTime extends Clock {

	private volatile Instant now = Instant.parse("2026-01-15T10:00:00Z");

	private final List<Duration> pauses = new CopyOnWriteArrayList<>();

	/**
	 * Poll options that pause with this fake time.
	 * @param interval the interval
	 * @param timeout the timeout
	 * @return the options
	 */
	public PollOptions options(Duration interval, Duration timeout) {
		return PollOptions.of(interval, timeout).withTime(this, (pause) -> Mono.fromRunnable(() -> {
			this.pauses.add(pause);
			this.now = this.now.plus(pause);
		}));
	}

	/** @return the pauses requested so far */
	public List<Duration> pauses() {
		return this.pauses;
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
