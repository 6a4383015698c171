package dev.integrations.openai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Prints one Markdown table row of the fleet benchmark from the stub's counts over the measured window and the
 * instances' output files: 429s received, successful calls per minute as a share of the limit, the share of
 * attempts answered 429, p50/p99 latency of the calls started in the window (limiter waits and retries included),
 * and the calls that failed to their caller.
 * <p>
 * Arguments: setup name, requests per minute, measured seconds, the stub's {@code ok=.. limited=..} line, then the
 * instances' files.
 */
public final class FleetReport {

	private FleetReport() {
	}

	/**
	 * Prints the row.
	 * @param args see the class description
	 * @throws Exception when a file cannot be read
	 */
	public static void main(String[] args) throws Exception {
		String setup = args[0];
		long rpm = Long.parseLong(args[1]);
		long seconds = Long.parseLong(args[2]);
		long ok = Long.parseLong(args[3].replaceAll(".*ok=(\\d+).*", "$1"));
		long limited = Long.parseLong(args[3].replaceAll(".*limited=(\\d+).*", "$1"));
		List<Long> latencies = new ArrayList<>();
		long started = 0;
		long failed = 0;
		List<String> failures = new ArrayList<>();
		for (int i = 4; i < args.length; i++) {
			for (String line : Files.readAllLines(Path.of(args[i]))) {
				if (line.startsWith("summary ")) {
					started += Long.parseLong(line.replaceAll(".*started=(\\d+).*", "$1"));
					failed += Long.parseLong(line.replaceAll(".* failed=(\\d+).*", "$1"));
					failures.add(line.replaceAll(".*failures=(\\S+).*", "$1"));
				}
				else if (!line.isBlank()) {
					latencies.add(Long.parseLong(line));
				}
			}
		}
		Collections.sort(latencies);
		double limit = rpm * seconds / 60.0;
		long attempts = ok + limited;
		System.out.println(String.format(Locale.ROOT,
				"| %s | %d | %d | %d | %.1f %% | %d | %d | %.2f %% | %d | %d | %d | %s |", setup, args.length - 4,
				started, ok, 100.0 * ok / limit, attempts, limited, (attempts == 0) ? 0.0 : 100.0 * limited / attempts,
				percentile(latencies, 0.50), percentile(latencies, 0.99), failed, String.join(" ", failures)));
	}

	private static long percentile(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
	}

}
