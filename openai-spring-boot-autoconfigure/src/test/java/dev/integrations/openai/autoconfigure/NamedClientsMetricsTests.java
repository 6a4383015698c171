package dev.integrations.openai.autoconfigure;

import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.autoconfigure.metrics.OpenAIMeterHook;
import dev.integrations.openai.autoconfigure.metrics.OpenAIMetricsAutoConfiguration;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.errors.OpenAIException;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every meter and observation of the starter names the client that made the call ({@code openai.client.name}):
 * {@code default} for the top-level client, the key of {@code openai.clients.<name>} for a named one, and no other
 * value, so the tag is bounded by configuration.
 */
class NamedClientsMetricsTests {

	private static final String CLIENT = OpenAIMeterHook.CLIENT_NAME;

	private WireMockServer server;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIMetricsAutoConfiguration.class,
					ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
					SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
			.withPropertyValues("openai.api-key=sk-test-top-level-0123456789", "openai.retry.max-retries=0",
					"openai.base-url=" + this.server.baseUrl() + "/v1", "openai.clients.local.provider=compatible",
					"openai.clients.local.base-url=" + this.server.baseUrl() + "/local/v1",
					"openai.clients.backup.api-key=sk-test-backup-0123456789",
					"openai.clients.backup.base-url=" + this.server.baseUrl() + "/backup/v1");
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void eachClientsCallsAreCountedUnderItsOwnName() {
		this.server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.willReturn(okJson(TokenUsageMetricsIntegrationTests.CHAT_COMPLETION)
				.withHeader("x-ratelimit-remaining-requests", "9999")));
		this.server.stubFor(post(urlPathEqualTo("/local/v1/chat/completions"))
			.willReturn(okJson(CompatibleServersWireMockTests.VLLM_COMPLETION)));
		this.server.stubFor(post(urlPathEqualTo("/backup/v1/chat/completions")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"The model `gpt-9` does not exist\", \"type\": "
					+ "\"invalid_request_error\", \"param\": null, \"code\": \"model_not_found\"}}")));
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry).isInstanceOf(SimpleMeterRegistry.class);
			context.getBean(ChatCompletionService.class).create(hello("gpt-4.1"));
			chat(context, "local").create(hello("Qwen/Qwen3-8B"));
			chat(context, "local").create(hello("Qwen/Qwen3-8B"));
			assertThatExceptionOfType(OpenAIException.class)
				.isThrownBy(() -> chat(context, "backup").create(hello("gpt-9")));

			assertThat(registry.get(OpenAIMeterHook.TOKEN_USAGE)
				.tags(CLIENT, "default", "gen_ai.token.type", "input")
				.summary()
				.totalAmount()).isEqualTo(19);
			assertThat(registry.get(OpenAIMeterHook.TOKEN_USAGE)
				.tags(CLIENT, "local", "gen_ai.token.type", "input")
				.summary()
				.totalAmount()).isEqualTo(28);
			assertThat(registry.get(OpenAIMeterHook.CALLS).tags(CLIENT, "local", "outcome", "success").counter().count())
				.isEqualTo(2);
			assertThat(registry.get(OpenAIMeterHook.CALLS).tags(CLIENT, "default", "outcome", "success").counter().count())
				.isEqualTo(1);
			assertThat(registry.find(OpenAIMeterHook.CALLS).tags(CLIENT, "backup", "outcome", "success").counter())
				.isNull();
			assertThat(registry.get(OpenAIMeterHook.CALLS).tag(CLIENT, "backup").counter().count()).isEqualTo(1);
			assertThat(registry.get("gen_ai.client.operation.duration").tag(CLIENT, "local").timer().count())
				.isEqualTo(2);
			assertThat(registry.get("gen_ai.client.operation.duration")
				.tags(CLIENT, "backup", "error.type", "404")
				.timer()
				.count()).isEqualTo(1);
			assertThat(registry.get(OpenAIMeterHook.RATE_LIMIT_REMAINING_REQUESTS).tag(CLIENT, "default").gauge().value())
				.isEqualTo(9999);
			for (String name : Set.of("default", "local", "backup")) {
				assertThat(registry.get("openai.client.circuit.state").tags(CLIENT, name, "state", "closed").gauge().value())
					.isEqualTo(1);
			}
			assertThat(registry.getMeters()).filteredOn(NamedClientsMetricsTests::isOpenAIMeter)
				.allSatisfy((meter) -> assertThat(meter.getId().getTag(CLIENT)).isNotNull());
			Set<String> names = registry.getMeters()
				.stream()
				.filter(NamedClientsMetricsTests::isOpenAIMeter)
				.map((meter) -> meter.getId().getTag(CLIENT))
				.collect(Collectors.toSet());
			assertThat(names).containsExactlyInAnyOrder("default", "local", "backup");
		});
	}

	private static boolean isOpenAIMeter(Meter meter) {
		String name = meter.getId().getName();
		return name.startsWith("openai.client") || name.startsWith("gen_ai.client");
	}

	private static ChatCompletionRequest hello(String model) {
		return ChatCompletionRequest.builder().model(model).addUserMessage("Hello!").build();
	}

	private static ChatCompletionService chat(ApplicationContext context, String name) {
		return context.getBean(OpenAIClients.class).get(name).chatCompletions();
	}

}
