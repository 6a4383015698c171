package dev.integrations.openai.samples.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code samples/grafana/openai-dashboard.json} queries only metrics the sample really exposes: every metric
 * name in a PromQL {@code expr} is a sample name of {@code /actuator/prometheus} once chats (one of them retried)
 * have run.
 */
class GrafanaDashboardTests extends DemoModeTestSupport {

	private static final Path DASHBOARD = Path.of("../grafana/openai-dashboard.json");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

	private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
			"and", "or", "unless", "offset", "bool", "inf", "nan");

	@Test
	void everyMetricTheDashboardQueriesIsExposedAfterChats() throws IOException {
		Set<String> queried = metricNames(expressions());
		chatAndWait("hello");
		chatAndWait("tell me about retries");

		Set<String> exposed = sampleNames(prometheus());

		assertThat(queried).containsAll(Set.of("openai_client_calls_total",
				"gen_ai_client_operation_duration_seconds_bucket", "gen_ai_client_token_usage_tokens_sum",
				"openai_client_retries_total", "openai_client_circuit_state",
				"openai_client_ratelimit_remaining_requests", "openai_client_ratelimit_remaining_tokens",
				"openai_client_stream_time_to_first_chunk_seconds_count"));
		assertThat(exposed).containsAll(queried);
	}

	@Test
	void everyOpenAISampleCarriesTheApplicationLabelTheDashboardFiltersOn() {
		chatAndWait("hello");

		List<String> openAISamples = prometheus().lines()
			.filter((line) -> line.startsWith("openai_") || line.startsWith("gen_ai_"))
			.toList();

		assertThat(openAISamples).isNotEmpty().allMatch((line) -> line.contains("application=\"openai-chat-sample\""));
	}

	@Test
	void everyPanelQueryHasADatasourceAndAReferenceId() throws IOException {
		JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));

		assertThat(dashboard.path("uid").asString()).isEqualTo("openai-spring-boot");
		for (JsonNode panel : dashboard.path("panels").values()) {
			for (JsonNode target : panel.path("targets").values()) {
				assertThat(target.path("refId").asString()).as(panel.path("title").asString()).isNotBlank();
				assertThat(target.path("datasource").path("uid").asString()).isEqualTo("${datasource}");
			}
		}
	}

	private static List<String> expressions() throws IOException {
		JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
		List<String> expressions = new ArrayList<>();
		collect(dashboard, expressions);
		assertThat(expressions).hasSizeGreaterThan(10);
		return expressions;
	}

	private static void collect(JsonNode node, List<String> expressions) {
		if (node.isObject()) {
			node.properties().forEach((field) -> {
				if ("expr".equals(field.getKey()) && field.getValue().isString()) {
					expressions.add(field.getValue().asString());
				}
				else {
					collect(field.getValue(), expressions);
				}
			});
		}
		else if (node.isArray()) {
			node.values().forEach((element) -> collect(element, expressions));
		}
	}

	/**
	 * The metric names of PromQL expressions: identifiers left once label matchers, grouping clauses, ranges,
	 * Grafana variables and numbers are removed, that are neither functions (followed by a parenthesis) nor
	 * keywords.
	 */
	static Set<String> metricNames(List<String> expressions) {
		Set<String> names = new TreeSet<>();
		for (String expression : expressions) {
			String stripped = expression.replaceAll("\\{[^}]*\\}", " ")
				.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
				.replaceAll("\\[[^\\]]*\\]", " ")
				.replaceAll("\\$\\w+", " ")
				.replaceAll("\\b\\d+(\\.\\d+)?\\b", " ");
			Matcher matcher = IDENTIFIER.matcher(stripped);
			while (matcher.find()) {
				String name = matcher.group();
				boolean function = stripped.substring(matcher.end()).stripLeading().startsWith("(");
				if (!function && !KEYWORDS.contains(name)) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private static Set<String> sampleNames(String prometheus) {
		Set<String> names = new TreeSet<>();
		prometheus.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("[{ ]", 2)[0])
			.forEach(names::add);
		return names;
	}

}
