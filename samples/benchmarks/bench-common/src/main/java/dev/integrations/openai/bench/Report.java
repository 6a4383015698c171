package dev.integrations.openai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code RESULT} lines of all runs, takes the median of each metric per target and scenario, and prints a
 * Markdown table with ratios to the floor (raw WebClient) and to openai-java.
 */
public final class Report {

	static final String FLOOR = "raw-webclient";

	static final String OPENAI_JAVA = "openai-java";

	private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|[-0-9.eE]+)");

	private static final String[][] METRICS = { { "cpuUsPerCall", "CPU µs/call" }, { "throughput", "calls/s" },
			{ "p50Ms", "p50 ms" }, { "p99Ms", "p99 ms" }, { "stubCpuUsPerCall", "stub CPU µs/call" },
			{ "chunksPerCpuSecond", "chunks/CPU-s" }, { "heapPerStreamKiB", "heap KiB/stream" },
			{ "jitUsPerCall", "JIT µs/call (not in CPU)" } };

	private Report() {
	}

	/**
	 * Prints the report of result files.
	 * @param args the result files, then optionally {@code --out RESULTS-TABLE.md}
	 * @throws IOException if a file cannot be read
	 */
	public static void main(String[] args) throws IOException {
		Map<String, Map<String, Map<String, List<Double>>>> byScenario = new TreeMap<>();
		Path out = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--out")) {
				out = Path.of(args[++i]);
				continue;
			}
			for (String line : Files.readAllLines(Path.of(args[i]))) {
				if (line.startsWith("RESULT ")) {
					add(byScenario, line.substring(7));
				}
			}
		}
		String table = render(byScenario);
		System.out.println(table);
		if (out != null) {
			Files.writeString(out, table);
		}
	}

	private static void add(Map<String, Map<String, Map<String, List<Double>>>> byScenario, String json) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher matcher = FIELD.matcher(json);
		while (matcher.find()) {
			fields.put(matcher.group(1), matcher.group(2).replace("\"", ""));
		}
		Map<String, List<Double>> metrics = byScenario.computeIfAbsent(fields.get("scenario"), (s) -> new TreeMap<>())
			.computeIfAbsent(fields.get("target"), (t) -> new LinkedHashMap<>());
		fields.forEach((name, value) -> {
			if (!name.equals("target") && !name.equals("scenario")) {
				metrics.computeIfAbsent(name, (n) -> new ArrayList<>()).add(Double.parseDouble(value));
			}
		});
	}

	static String render(Map<String, Map<String, Map<String, List<Double>>>> byScenario) {
		StringBuilder text = new StringBuilder();
		byScenario.forEach((scenario, targets) -> {
			text.append("\n### ").append(scenario).append("\n\n| target | runs |");
			List<String[]> shown = new ArrayList<>();
			for (String[] metric : METRICS) {
				if (targets.values().stream().anyMatch((m) -> m.containsKey(metric[0]))) {
					shown.add(metric);
					text.append(' ').append(metric[1]).append(" | ×floor | ×openai-java |");
				}
			}
			text.append("\n|---|---|").append("---|---|---|".repeat(shown.size())).append('\n');
			targets.forEach((target, metrics) -> {
				text.append("| ").append(target).append(" | ")
					.append(metrics.values().stream().mapToInt(List::size).max().orElse(0)).append(" |");
				for (String[] metric : shown) {
					double value = median(metrics.get(metric[0]));
					text.append(String.format(Locale.ROOT, " %.2f | %s | %s |", value,
							ratio(value, targets.get(FLOOR), metric[0]), ratio(value, targets.get(OPENAI_JAVA), metric[0])));
				}
				text.append('\n');
			});
		});
		return text.toString();
	}

	private static String ratio(double value, Map<String, List<Double>> baseline, String metric) {
		if (baseline == null || !baseline.containsKey(metric) || Double.isNaN(value)) {
			return "-";
		}
		double base = median(baseline.get(metric));
		return (base == 0) ? "-" : String.format(Locale.ROOT, "%.2f", value / base);
	}

	static double median(List<Double> values) {
		if (values == null || values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(Double::compare);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
