package dev.integrations.openai.bench.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON result file into a Markdown table: time per operation and bytes allocated per operation (from
 * the {@code gc} profiler), with their error margins.
 */
public final class JmhTable {

	private JmhTable() {
	}

	/**
	 * Prints the table.
	 * @param args the JMH result file ({@code -rf json})
	 * @throws IOException if it cannot be read
	 */
	public static void main(String[] args) throws IOException {
		JsonNode results = JsonMapper.builder().build().readTree(Path.of(args[0]).toFile());
		StringBuilder table = new StringBuilder("| benchmark | time/op | ± | allocated B/op |\n|---|---:|---:|---:|\n");
		for (JsonNode result : results) {
			String name = result.get("benchmark").asString().replace("dev.integrations.openai.bench.jmh.", "");
			JsonNode primary = result.get("primaryMetric");
			JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
			table.append(String.format(Locale.ROOT, "| %s | %.2f %s | %.2f | %s |%n", name,
					primary.get("score").asDouble(), primary.get("scoreUnit").asString(),
					primary.get("scoreError").asDouble(),
					alloc.isMissingNode() ? "-" : String.format(Locale.ROOT, "%.0f", alloc.get("score").asDouble())));
		}
		System.out.print(table);
	}

}
