package dev.integrations.openai.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs one scenario against one target and prints one {@code RESULT {...}} line of JSON. Each measurement covers
 * a fixed number of calls after a warm-up that lasts until the JIT compilers are nearly quiet; CPU is this JVM's
 * process CPU time over the measured phase, less its JIT compiler threads' (reported apart).
 */
public final class Harness {

	private static final int MAX_WARMUP_ROUNDS = 8;

	private final BenchTarget target;

	private final StubClient stub;

	private Harness(BenchTarget target, StubClient stub) {
		this.target = target;
		this.stub = stub;
	}

	/**
	 * Parses {@code --scenario S --calls N --warmup W --stub URL}, runs the scenario on the target made by the
	 * factory (given the stub's base URL), prints the result and exits.
	 * @param args the command line
	 * @param targets creates the target from its name and the stub URL
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args, TargetFactory targets) throws Exception {
		String scenario = option(args, "--scenario", "chat-64");
		int calls = Integer.parseInt(option(args, "--calls", "20000"));
		int warmup = Integer.parseInt(option(args, "--warmup", "5000"));
		String stubUrl = option(args, "--stub", "http://127.0.0.1:8089");
		String targetName = option(args, "--target", "");
		try (BenchTarget target = targets.create(targetName, stubUrl)) {
			Harness harness = new Harness(target, new StubClient(stubUrl));
			String result = harness.run(scenario, calls, warmup);
			System.out.println("RESULT " + result);
		}
		System.exit(0);
	}

	/**
	 * Creates a target by name.
	 */
	@FunctionalInterface
	public interface TargetFactory {

		/**
		 * Creates the target.
		 * @param name the target name from {@code --target}
		 * @param stubUrl the stub's base URL
		 * @return the target
		 */
		BenchTarget create(String name, String stubUrl);

	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	String run(String scenario, int calls, int warmup) throws Exception {
		return switch (scenario) {
			case "chat-1" -> calls(scenario, 1, calls, warmup, false);
			case "chat-64" -> calls(scenario, 64, calls, warmup, false);
			case "chat-256" -> calls(scenario, 256, calls, warmup, false);
			case "stream-16" -> calls(scenario, 16, calls, warmup, true);
			case "open-1000" -> openStreams(scenario, 1000);
			default -> throw new IllegalArgumentException("Unknown scenario " + scenario);
		};
	}

	private String calls(String scenario, int inFlight, int calls, int warmup, boolean streaming) throws Exception {
		int warmupRounds = warmUp(inFlight, warmup, streaming);
		long[] latencies = new long[calls];
		long stubCpu = this.stub.cpuNanos();
		long jit = Measure.jitCpuNanos();
		long cpu = Measure.processCpuNanos();
		long start = System.nanoTime();
		long units = drive(inFlight, calls, streaming, latencies);
		long wall = System.nanoTime() - start;
		jit = Measure.jitCpuNanos() - jit;
		cpu = Measure.processCpuNanos() - cpu - jit;
		stubCpu = this.stub.cpuNanos() - stubCpu;
		long[] sorted = Measure.sorted(latencies, calls);
		StringBuilder json = header(scenario).append(String.format(Locale.ROOT,
				",\"calls\":%d,\"cpuUsPerCall\":%.2f,\"throughput\":%.1f,\"p50Ms\":%.3f,\"p99Ms\":%.3f,\"stubCpuUsPerCall\":%.2f",
				calls, cpu / 1000.0 / calls, calls / (wall / 1e9), Measure.percentileMillis(sorted, 50),
				Measure.percentileMillis(sorted, 99), stubCpu / 1000.0 / calls));
		json.append(",\"warmupCalls\":").append((long) warmupRounds * warmup);
		json.append(String.format(Locale.ROOT, ",\"jitUsPerCall\":%.2f", jit / 1000.0 / calls));
		if (streaming) {
			json.append(String.format(Locale.ROOT, ",\"chunks\":%d,\"chunksPerCpuSecond\":%.0f", units,
					units / (cpu / 1e9)));
		}
		return json.append('}').toString();
	}

	/**
	 * Warms up in rounds of {@code warmup} calls until the JIT compilers are nearly quiet: a round during which they
	 * compiled for less than 10 % of its wall time, or {@value #MAX_WARMUP_ROUNDS} rounds. A fixed warm-up was not
	 * enough: 10,000 calls into a run, a C2 thread still compiled at 40 % of a CPU, for the floor as for this client.
	 * What the compilers still use during the measured phase is reported apart ({@code jitUsPerCall}) and not
	 * counted in {@code cpuUsPerCall}: it is a start-up cost, not a per-call one.
	 * @return the rounds run
	 */
	private int warmUp(int inFlight, int warmup, boolean streaming) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		int rounds = 0;
		while (rounds < MAX_WARMUP_ROUNDS) {
			long compiling = jit.getTotalCompilationTime();
			long start = System.nanoTime();
			drive(inFlight, warmup, streaming, new long[warmup]);
			rounds++;
			long wallMillis = (System.nanoTime() - start) / 1_000_000;
			if (rounds > 1 && (jit.getTotalCompilationTime() - compiling) * 10 < wallMillis) {
				break;
			}
		}
		return rounds;
	}

	private StringBuilder header(String scenario) {
		return new StringBuilder("{\"target\":\"").append(this.target.name())
			.append("\",\"scenario\":\"")
			.append(scenario)
			.append('"');
	}

	/**
	 * Makes {@code calls} calls with {@code inFlight} outstanding at any time.
	 * @return the units received (reply characters, or chunks for streams)
	 */
	private long drive(int inFlight, int calls, boolean streaming, long[] latencies) throws Exception {
		AtomicLong units = new AtomicLong();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		if (this.target.async()) {
			CountDownLatch done = new CountDownLatch(inFlight);
			Function<Integer, CompletableFuture<Integer>> call = (i) -> streaming ? this.target.streamAsync()
					: this.target.chatAsync();
			for (int lane = 0; lane < inFlight; lane++) {
				asyncLane(call, calls, next, latencies, units, failures, done);
			}
			done.await(10, TimeUnit.MINUTES);
		}
		else {
			List<Thread> threads = new ArrayList<>();
			for (int lane = 0; lane < inFlight; lane++) {
				Thread thread = new Thread(() -> {
					int i;
					while ((i = next.getAndIncrement()) < calls) {
						long begin = System.nanoTime();
						try {
							units.addAndGet(streaming ? this.target.stream() : this.target.chat());
						}
						catch (RuntimeException ex) {
							failures.incrementAndGet();
						}
						latencies[i] = System.nanoTime() - begin;
					}
				}, "bench-" + lane);
				thread.start();
				threads.add(thread);
			}
			for (Thread thread : threads) {
				thread.join();
			}
		}
		if (failures.get() > 0) {
			throw new IllegalStateException(failures.get() + " calls failed");
		}
		return units.get();
	}

	private void asyncLane(Function<Integer, CompletableFuture<Integer>> call, int calls, AtomicInteger next,
			long[] latencies, AtomicLong units, AtomicInteger failures, CountDownLatch done) {
		int i = next.getAndIncrement();
		if (i >= calls) {
			done.countDown();
			return;
		}
		long begin = System.nanoTime();
		call.apply(i).whenComplete((received, failure) -> {
			latencies[i] = System.nanoTime() - begin;
			if (failure != null) {
				failures.incrementAndGet();
			}
			else {
				units.addAndGet(received);
			}
			asyncLane(call, calls, next, latencies, units, failures, done);
		});
	}

	private String openStreams(String scenario, int count) throws Exception {
		try (AutoCloseable warm = this.target.openStream(() -> {
		})) {
			Thread.sleep(200);
		}
		long baseline = Measure.liveHeapBytes();
		CountDownLatch first = new CountDownLatch(count);
		List<AutoCloseable> streams = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			streams.add(this.target.openStream(first::countDown));
		}
		if (!first.await(2, TimeUnit.MINUTES)) {
			throw new IllegalStateException((first.getCount()) + " streams never delivered their first chunk");
		}
		long open = Measure.liveHeapBytes();
		for (AutoCloseable stream : streams) {
			stream.close();
		}
		return header(scenario).append(String.format(Locale.ROOT, ",\"streams\":%d,\"heapPerStreamKiB\":%.2f}", count,
				(open - baseline) / 1024.0 / count))
			.toString();
	}

}
