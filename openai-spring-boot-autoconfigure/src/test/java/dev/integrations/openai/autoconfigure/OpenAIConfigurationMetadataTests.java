package dev.integrations.openai.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.client.OpenAIConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the metadata the configuration processor generated: what IDEs show for each {@code openai.*} key.
 */
class OpenAIConfigurationMetadataTests {

	private static final Map<String, JsonNode> properties = new LinkedHashMap<>();

	private static final java.util.List<String> SERVICE_SWITCHES = java.util.List.of("models", "chat", "completions",
			"responses", "conversations", "chat-kit", "realtime", "embeddings", "moderations", "images", "audio", "files",
			"uploads", "batches", "fine-tuning", "evals", "vector-stores", "skills", "videos", "containers",
			"assistants");

	private static final Map<String, String> WEBHOOK_DEFAULTS = Map.of("openai.webhook.enabled", "true",
			"openai.webhook.path", "/openai/webhook", "openai.webhook.tolerance", "5m",
			"openai.webhook.deduplication-capacity", "10000");

	/** The store's settings with a default; its two limits (requests and tokens per minute) have none. */
	private static final Map<String, String> RATE_LIMIT_STORE_DEFAULTS = Map.of("openai.rate-limit.store", "local",
			"openai.rate-limit.redis.key-prefix", "openai:rate-limit:", "openai.rate-limit.redis.timeout", "1s",
			"openai.rate-limit.redis.retry-interval", "5s");

	@Test
	void everyServiceHasASwitchOnByDefault() {
		SERVICE_SWITCHES.forEach((service) -> {
			JsonNode property = properties.get("openai." + service + ".enabled");
			assertThat(property).as(service).isNotNull();
			assertThat(property.get("defaultValue").asBoolean()).as(service).isTrue();
		});
	}

	@BeforeAll
	static void readMetadata() throws IOException {
		try (InputStream in = OpenAIConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			JsonNode root = JsonMapper.builder().build().readTree(in);
			root.get("properties").forEach((property) -> properties.put(property.get("name").asString(), property));
		}
	}

	@Test
	void everyPropertyHasAOneLineDescription() {
		assertThat(properties.keySet().stream().filter((name) -> !name.startsWith("openai.clients."))).hasSize(44
				+ SERVICE_SWITCHES.size() + WEBHOOK_DEFAULTS.size() + 1 + RATE_LIMIT_STORE_DEFAULTS.size() + 2);
		properties.forEach((name, property) -> {
			assertThat(property.has("description")).as(name).isTrue();
			String description = property.get("description").asString();
			assertThat(description).as(name).isNotBlank().doesNotContain("\n").endsWith(".");
		});
	}

	@Test
	void everySettingHasANamedClientTwinInheritingIt() {
		properties.keySet()
			.stream()
			.filter((name) -> !name.startsWith("openai.clients"))
			// one webhook endpoint per application, not per client
			.filter((name) -> !name.startsWith("openai.webhook."))
			// one rate-limit store per application, shared by its clients (their budgets are keyed by client name)
			.filter((name) -> !name.equals("openai.rate-limit.store") && !name.startsWith("openai.rate-limit.redis."))
			.forEach((name) -> {
				JsonNode twin = properties.get("openai.clients.*." + name.substring("openai.".length()));
				assertThat(twin).as("openai.clients.*. twin of " + name
						+ " in additional-spring-configuration-metadata.json").isNotNull();
				assertThat(twin.get("type").asString()).as(name).isEqualTo(properties.get(name).get("type").asString());
				assertThat(twin.get("description").asString()).as(name)
					.startsWith(properties.get(name).get("description").asString())
					.endsWith("Inherited from " + name + " when not set.");
			});
	}

	@Test
	void defaultsMatchTheClient() {
		assertThat(properties.get("openai.base-url").get("defaultValue").asString())
			.isEqualTo(OpenAIConfig.DEFAULT_BASE_URL);
		assertDefaults(Map.ofEntries(Map.entry("openai.enabled", "true"), Map.entry("openai.connect-timeout", "10s"),
				Map.entry("openai.response-timeout", "10m"), Map.entry("openai.stream-idle-timeout", "2m"),
				Map.entry("openai.max-in-memory-size", "16MB"), Map.entry("openai.max-response-header-size", "64KB"),
				Map.entry("openai.max-connections", "1000"), Map.entry("openai.pending-acquire-timeout", "10s"),
				Map.entry("openai.retry.retry-after-request-sent", "true"),
				Map.entry("openai.proxy.type", "http"), Map.entry("openai.retry.max-retries", "2"),
				Map.entry("openai.retry.initial-backoff", "500ms"), Map.entry("openai.retry.max-backoff", "8s"),
				Map.entry("openai.retry.multiplier", "2"), Map.entry("openai.retry.jitter", "0.25"),
				Map.entry("openai.circuit-breaker.enabled", "true"),
				Map.entry("openai.circuit-breaker.failure-threshold", "10"),
				Map.entry("openai.circuit-breaker.open-duration", "30s"), Map.entry("openai.health.timeout", "5s"),
				Map.entry("openai.health.cache-ttl", "30s"), Map.entry("openai.models.enabled", "true"),
				Map.entry("openai.rate-limit.mode", "wait"), Map.entry("openai.rate-limit.max-wait", "30s"),
				Map.entry("openai.rate-limit.default-output-tokens", "1024")));
	}

	@Test
	void rateLimitStorePropertiesHaveTheirDefaultsAndTheLimitsHaveNone() {
		assertDefaults(RATE_LIMIT_STORE_DEFAULTS);
		assertThat(properties.get("openai.rate-limit.redis.requests-per-minute").has("defaultValue")).isFalse();
		assertThat(properties.get("openai.rate-limit.redis.tokens-per-minute").has("defaultValue")).isFalse();
	}

	@Test
	void webhookPropertiesHaveTheirDefaultsAndTheSecretHasNone() {
		assertDefaults(WEBHOOK_DEFAULTS);
		assertThat(properties.get("openai.webhook.secret").has("defaultValue")).isFalse();
	}

	@Test
	void apiKeyHasNoDefaultAndSaysWhenItIsRequired() {
		JsonNode apiKey = properties.get("openai.api-key");
		assertThat(apiKey.has("defaultValue")).isFalse();
		assertThat(apiKey.get("type").asString()).isEqualTo("java.lang.String");
		assertThat(apiKey.get("description").asString()).contains("required while base-url is OpenAI's");
	}

	private static void assertDefaults(Map<String, String> expected) {
		expected.forEach((name, value) -> {
			JsonNode property = properties.get(name);
			assertThat(property).as(name).isNotNull();
			assertThat(property.get("defaultValue").asString()).as(name).isEqualTo(value);
		});
	}

}
