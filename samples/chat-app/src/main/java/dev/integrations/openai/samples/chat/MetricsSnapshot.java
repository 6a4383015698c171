package dev.integrations.openai.samples.chat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.search.Search;
import org.jspecify.annotations.Nullable;

/**
 * One client's meters at one instant (those tagged {@code openai.client.name} with its name), summed over their
 * other tags, for the page's dashboard. Counts are cumulative;
 * the page turns two snapshots into rates and windowed latency quantiles.
 * @param timestamp when it was taken, in epoch milliseconds
 * @param calls calls that ended ({@code openai.client.calls})
 * @param failedCalls calls that ended with an error ({@code outcome} neither {@code success} nor {@code cancelled})
 * @param cancelledCalls calls the caller gave up on, such as a stream whose browser went away
 * ({@code outcome=cancelled}): not failures
 * @param durationCount calls timed by {@code gen_ai.client.operation.duration}
 * @param durationSeconds their total time
 * @param durationBuckets cumulative counts of that histogram by upper bound in seconds
 * @param inputTokens input tokens recorded in {@code gen_ai.client.token.usage}
 * @param outputTokens output tokens recorded in {@code gen_ai.client.token.usage}
 * @param retries retries ({@code openai.client.retries})
 * @param circuitState the circuit breaker state ({@code closed}, {@code open}, {@code half_open}), if known
 * @param circuitTransitions circuit breaker state changes
 * @param remainingRequests requests left in the rate-limit window, if reported
 * @param remainingTokens tokens left in the rate-limit window, if reported
 * @param firstChunkCount streams timed by {@code openai.client.stream.time.to.first.chunk}
 * @param firstChunkSeconds their total time to the first chunk
 */
record MetricsSnapshot(long timestamp, double calls, double failedCalls, double cancelledCalls, long durationCount,
		double durationSeconds, Map<Double, Double> durationBuckets, double inputTokens, double outputTokens, double retries,
		@Nullable String circuitState, double circuitTransitions, @Nullable Double remainingRequests,
		@Nullable Double remainingTokens, long firstChunkCount, double firstChunkSeconds) {

	static final String DURATION = "gen_ai.client.operation.duration";

	static final String TOKEN_USAGE = "gen_ai.client.token.usage";

	static final String CALLS = "openai.client.calls";

	static final String RETRIES = "openai.client.retries";

	private static final String SUCCESS = "success";

	private static final String CANCELLED = "cancelled";

	static final String CIRCUIT_STATE = "openai.client.circuit.state";

	static final String CIRCUIT_TRANSITIONS = "openai.client.circuit.transitions";

	static final String REMAINING_REQUESTS = "openai.client.ratelimit.remaining.requests";

	static final String REMAINING_TOKENS = "openai.client.ratelimit.remaining.tokens";

	static final String TIME_TO_FIRST_CHUNK = "openai.client.stream.time.to.first.chunk";

	/** The tag naming the client on every meter of the starter. */
	static final String CLIENT_NAME = "openai.client.name";

	/**
	 * Reads the meters.
	 * @param registry the registry holding them
	 * @param client the client's name ({@code default} or a named client)
	 * @param timestamp the current time in epoch milliseconds
	 * @return the snapshot
	 */
	static MetricsSnapshot of(MeterRegistry registry, String client, long timestamp) {
		Meters meters = (name) -> registry.find(name).tag(CLIENT_NAME, client);
		Collection<Counter> calls = meters.find(CALLS).counters();
		Collection<Timer> durations = meters.find(DURATION).timers();
		Collection<Timer> firstChunks = meters.find(TIME_TO_FIRST_CHUNK).timers();
		return new MetricsSnapshot(timestamp, sum(calls), sumOfOutcome(calls, false), sumOfOutcome(calls, true),
				durations.stream().mapToLong(Timer::count).sum(),
				durations.stream().mapToDouble((t) -> t.totalTime(TimeUnit.SECONDS)).sum(), buckets(durations),
				tokens(meters, "input"), tokens(meters, "output"), sum(meters.find(RETRIES).counters()),
				circuitState(meters), sum(meters.find(CIRCUIT_TRANSITIONS).counters()),
				lowest(meters.find(REMAINING_REQUESTS).gauges()), lowest(meters.find(REMAINING_TOKENS).gauges()),
				firstChunks.stream().mapToLong(Timer::count).sum(),
				firstChunks.stream().mapToDouble((t) -> t.totalTime(TimeUnit.SECONDS)).sum());
	}

	/**
	 * The calls that ended cancelled, or those that ended with an error (every outcome but success and cancelled).
	 */
	private static double sumOfOutcome(Collection<Counter> calls, boolean cancelled) {
		return sum(calls.stream().filter((counter) -> {
			String outcome = counter.getId().getTag("outcome");
			return cancelled ? CANCELLED.equals(outcome) : !SUCCESS.equals(outcome) && !CANCELLED.equals(outcome);
		}).toList());
	}

	private static double sum(Collection<Counter> counters) {
		return counters.stream().mapToDouble(Counter::count).sum();
	}

	private static Map<Double, Double> buckets(Collection<Timer> timers) {
		Map<Double, Double> buckets = new TreeMap<>();
		for (Timer timer : timers) {
			for (CountAtBucket bucket : timer.takeSnapshot().histogramCounts()) {
				buckets.merge(bucket.bucket(TimeUnit.SECONDS), bucket.count(), Double::sum);
			}
		}
		return buckets;
	}

	private static double tokens(Meters meters, String type) {
		return meters.find(TOKEN_USAGE)
			.tag("gen_ai.token.type", type)
			.summaries()
			.stream()
			.mapToDouble(DistributionSummary::totalAmount)
			.sum();
	}

	private static @Nullable String circuitState(Meters meters) {
		for (Gauge gauge : meters.find(CIRCUIT_STATE).gauges()) {
			if (gauge.value() == 1) {
				return gauge.getId().getTag("state");
			}
		}
		return null;
	}

	private static @Nullable Double lowest(Collection<Gauge> gauges) {
		List<Double> values = gauges.stream().map(Gauge::value).filter((value) -> !value.isNaN()).toList();
		return values.isEmpty() ? null : values.stream().min(Double::compare).orElseThrow();
	}

	/** Finds the meters of a name that belong to one client. */
	@FunctionalInterface
	private interface Meters {

		Search find(String name);

	}

}
