package dev.integrations.openai.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * Process CPU time, heap and latency percentiles.
 */
public final class Measure {

	private Measure() {
	}

	/**
	 * CPU time of this JVM's JIT compiler threads so far, read from {@code /proc/self/task/*&#47;stat} (Linux; 0
	 * elsewhere). Run the JVM with {@code -XX:-UseDynamicNumberOfCompilerThreads} so that no compiler thread exits
	 * with its time.
	 * @return nanoseconds
	 */
	public static long jitCpuNanos() {
		long ticks = 0;
		File[] tasks = new File("/proc/self/task").listFiles();
		if (tasks == null) {
			return 0;
		}
		for (File task : tasks) {
			try {
				String stat = Files.readString(new File(task, "stat").toPath());
				int open = stat.indexOf('(');
				int close = stat.lastIndexOf(')');
				if (stat.substring(open + 1, close).contains("Compiler")) {
					String[] fields = stat.substring(close + 2).split(" ");
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
			}
			catch (IOException | RuntimeException ex) {
				// the thread ended meanwhile
			}
		}
		return ticks * 10_000_000L;
	}

	/** @return CPU time used by this JVM so far, all threads, in nanoseconds */
	public static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * Heap in use after repeated full collections, so that only live objects count.
	 * @return bytes
	 */
	public static long liveHeapBytes() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}

	/**
	 * A percentile of latencies.
	 * @param sortedNanos latencies, sorted ascending
	 * @param percentile from 0 to 100
	 * @return milliseconds
	 */
	public static double percentileMillis(long[] sortedNanos, double percentile) {
		if (sortedNanos.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
		return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1_000_000.0;
	}

	/**
	 * Sorts a copy of latencies.
	 * @param nanos latencies
	 * @param count how many are filled
	 * @return sorted copy
	 */
	public static long[] sorted(long[] nanos, int count) {
		long[] copy = Arrays.copyOf(nanos, count);
		Arrays.sort(copy);
		return copy;
	}

}
