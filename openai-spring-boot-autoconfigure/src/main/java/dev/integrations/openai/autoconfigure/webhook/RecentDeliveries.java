package dev.integrations.openai.autoconfigure.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The webhook IDs being delivered now, and those delivered within the last window (at most a fixed number of them,
 * the oldest forgotten first), so that a redelivery of a handled webhook is not handled twice and one arriving
 * while the first attempt still runs is neither handled twice nor acknowledged before that attempt succeeded.
 */
final class RecentDeliveries {

	private final Map<String, Long> delivered = new LinkedHashMap<>();

	private final Set<String> inFlight = new HashSet<>();

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
	 * @return {@link Claim#NEW} when the caller is to deliver it, and then {@link #delivered} or {@link #failed}
	 */
	synchronized Claim claim(String id) {
		evictExpired(this.clock.millis());
		if (this.delivered.containsKey(id)) {
			return Claim.DELIVERED;
		}
		return this.inFlight.add(id) ? Claim.NEW : Claim.IN_FLIGHT;
	}

	/**
	 * Remembers a claimed ID as delivered for the window.
	 * @param id the webhook ID
	 */
	synchronized void delivered(String id) {
		this.inFlight.remove(id);
		if (this.delivered.size() >= this.capacity) {
			Iterator<String> oldest = this.delivered.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
		this.delivered.put(id, this.clock.millis() + this.windowMillis);
	}

	/**
	 * Releases a claimed ID whose delivery failed, so that a redelivery is handled.
	 * @param id the webhook ID
	 */
	synchronized void failed(String id) {
		this.inFlight.remove(id);
	}

	private void evictExpired(long now) {
		Iterator<Long> expiries = this.delivered.values().iterator();
		while (expiries.hasNext() && expiries.next() <= now) {
			expiries.remove();
		}
	}

	/** The state of a webhook ID when a delivery of it arrives. */
	enum Claim {

		/** Neither delivered within the window nor being delivered: the caller delivers it. */
		NEW,

		/** Another attempt is delivering it right now. */
		IN_FLIGHT,

		/** Delivered within the window. */
		DELIVERED

	}

}
