package dev.integrations.openai.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JMH benchmarks' operations timed by this thread's CPU time instead of wall time: on a shared, loaded machine
 * wall time counts the time other processes held the CPU, thread CPU time does not. Every operation here runs
 * entirely on the calling thread (the in-memory connector completes synchronously), so its CPU time is its cost.
 * Every operation is warmed up before any is measured (they share WebClient and Jackson code, so measuring one
 * while the JIT still compiles for the next would skew the order). Prints a Markdown table of the median of 5
 * measurements of CPU nanoseconds per operation.
 */
public final class CpuPerOp {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private CpuPerOp() {
	}

	/**
	 * Runs every operation, or those whose name contains the first argument.
	 * @param args an optional name filter
	 */
	public static void main(String[] args) {
		String filter = (args.length > 0) ? args[0] : "";
		long warmupNanos = Long.getLong("warmupMillis", 4000) * 1_000_000;
		long batchNanos = Long.getLong("batchMillis", 1000) * 1_000_000;
		JsonBenchmark json = new JsonBenchmark();
		StreamBenchmark stream = new StreamBenchmark();
		stream.setUp();
		CallBenchmark call = new CallBenchmark();
		call.setUp();
		RateLimiterBenchmark rateLimiter = new RateLimiterBenchmark();
		rateLimiter.setUp();
		Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
		operations.put("JsonBenchmark.serializeRequest", json::serializeRequest);
		operations.put("JsonBenchmark.parseCompletion", json::parseCompletion);
		operations.put("CallBenchmark.floor", call::floor);
		operations.put("CallBenchmark.thisClientBlocking", call::thisClientBlocking);
		operations.put("CallBenchmark.thisClientReactive", call::thisClientReactive);
		operations.put("StreamBenchmark.parseAndAccumulate", stream::parseAndAccumulate);
		operations.put("StreamBenchmark.sseReadParseAndAccumulate", stream::sseReadParseAndAccumulate);
		operations.put("StreamBenchmark.floorStreamCount", stream::floorStreamCount);
		operations.put("StreamBenchmark.clientStreamAndAccumulate", stream::clientStreamAndAccumulate);
		operations.put("RateLimiterBenchmark.off", rateLimiter::off);
		operations.put("RateLimiterBenchmark.localStore", rateLimiter::localStore);
		operations.put("RateLimiterBenchmark.estimateChatRequest", rateLimiter::estimateChatRequest);
		StringBuilder table = new StringBuilder("| operation | CPU ns/op (median of 5) | min | max |\n|---|---:|---:|---:|\n");
		operations.forEach((name, operation) -> {
			if (name.contains(filter)) {
				run(operation, warmupNanos);
			}
		});
		operations.forEach((name, operation) -> {
			if (!name.contains(filter)) {
				return;
			}
			run(operation, batchNanos);
			double[] perOp = new double[5];
			for (int i = 0; i < perOp.length; i++) {
				perOp[i] = run(operation, batchNanos);
			}
			Arrays.sort(perOp);
			String row = String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", name, perOp[2], perOp[0], perOp[4]);
			System.err.print(row);
			table.append(row);
		});
		call.tearDown();
		stream.tearDown();
		System.out.print(table);
	}

	private static double run(Supplier<Object> operation, long cpuNanos) {
		long start = THREADS.getCurrentThreadCpuTime();
		long end = start + cpuNanos;
		long count = 0;
		long now;
		Object sink = null;
		do {
			for (int i = 0; i < 16; i++) {
				sink = operation.get();
			}
			count += 16;
			now = THREADS.getCurrentThreadCpuTime();
		}
		while (now < end);
		if (sink == null) {
			throw new IllegalStateException("no result");
		}
		return (double) (now - start) / count;
	}

}
