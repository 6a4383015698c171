package dev.integrations.openai.autoconfigure.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The webhook IDs delivered within the last window, at most a fixed number of them (the oldest are forgotten
 * first), so that a redelivery of a handled webhook is not handled twice.
 */
final class RecentDeliveries {

	private final Map<String, Long> expiries = new LinkedHashMap<>();

	private final int capacity;

	private final long windowMillis;

	private final Clock clock;

	RecentDeliveries(int capacity, Duration window, Clock clock) {
		if (capacity < 1) {
			throw new IllegalArgumentException("openai.webhook.deduplication-capacity must be positive, was " + capacity);
		}
		this.capacity = capacity;
		this.windowMillis = window.toMillis();
		this.clock = clock;
	}

	/**
	 * Claims an ID for delivery.
	 * @param id the webhook ID
	 * @return {@code true} when the ID was not delivered (nor is being delivered) within the window
	 */
	synchronized boolean claim(String id) {
		long now = this.clock.millis();
		evictExpired(now);
		if (this.expiries.containsKey(id)) {
			return false;
		}
		if (this.expiries.size() >= this.capacity) {
			Iterator<String> oldest = this.expiries.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
		this.expiries.put(id, now + this.windowMillis);
		return true;
	}

	/**
	 * Releases a claimed ID whose delivery failed, so that a redelivery is handled.
	 * @param id the webhook ID
	 */
	synchronized void release(String id) {
		this.expiries.remove(id);
	}

	private void evictExpired(long now) {
		Iterator<Long> iterator = this.expiries.values().iterator();
		while (iterator.hasNext() && iterator.next() <= now) {
			iterator.remove();
		}
	}

}
