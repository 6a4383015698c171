package dev.integrations.openai.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.autoconfigure.health.OpenAIHealthContributorAutoConfiguration;
import dev.integrations.openai.autoconfigure.metrics.OpenAIMetricsAutoConfiguration;
import dev.integrations.openai.models.ModelService;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The whole auto-configuration (client, metrics, health, actuator endpoints, Boot's WebClient) against a WireMock
 * server standing in for OpenAI.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenAIWireMockIntegrationTests {

	static final String API_KEY = "sk-test-SECRET0123456789abcdef";

	static final String MODEL_LIST = """
			{"object": "list", "data": [
			  {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"},
			  {"id": "text-embedding-3-small", "object": "model", "created": 1705948997, "owned_by": "system"}
			]}
			""";

	static final String INVALID_KEY = """
			{"error": {"message": "Incorrect API key provided: sk-test-*********************cdef.",
			  "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}
			""";

	private WireMockServer server;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIMetricsAutoConfiguration.class,
					OpenAIHealthContributorAutoConfiguration.class, WebClientAutoConfiguration.class,
					WebClientObservationAutoConfiguration.class, ObservationAutoConfiguration.class,
					MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, EndpointAutoConfiguration.class,
					ConfigurationPropertiesReportEndpointAutoConfiguration.class,
					EnvironmentEndpointAutoConfiguration.class, HealthContributorAutoConfiguration.class,
					HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
			.withUserConfiguration(WebClientCustomizerConfiguration.class)
			.withPropertyValues("openai.api-key=" + API_KEY, "openai.base-url=http://127.0.0.1:" + this.server.port() + "/v1",
					"openai.retry.initial-backoff=1ms", "openai.retry.max-backoff=20ms", "openai.retry.jitter=0",
					"openai.health.cache-ttl=0s", "openai.health.timeout=30s",
					"management.endpoint.health.show-details=always",
					"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
					"management.endpoints.web.exposure.include=health,configprops,env");
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void retryMovesTheRetryCounterAndTheCallIsTimedThroughBootsWebClient() {
		this.server.stubFor(get("/v1/models").inScenario("overloaded")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": {\"message\": \"The engine is currently overloaded.\", \"type\": \"server_error\"}}"))
			.willSetStateTo("recovered"));
		this.server.stubFor(get("/v1/models").inScenario("overloaded")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(MODEL_LIST)));

		this.contextRunner.run((context) -> {
			assertThat(context.getBean(ModelService.class).list()).hasSize(2);

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("openai.client.retries").tags("operation", "models.list", "reason", "503")
				.counter()
				.count()).isEqualTo(1);
			assertThat(registry.get("openai.client.calls").tags("operation", "models.list", "outcome", "success")
				.counter()
				.count()).isEqualTo(1);
			Timer duration = registry.get("gen_ai.client.operation.duration")
				.tags("gen_ai.operation.name", "models.list", "gen_ai.provider.name", "openai", "error.type", "none",
						"server.address", "127.0.0.1")
				.timer();
			assertThat(duration.count()).isEqualTo(1);
			assertThat(registry.get("http.client.requests").timers()).isNotEmpty();
			this.server.verify(2, getRequestedFor(urlEqualTo("/v1/models"))
				.withHeader("X-Customized-By", equalTo("boot-webclient-customizer")));
		});
	}

	@Test
	void healthGoesUpThenDownWhenTheKeyIsRejected() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(MODEL_LIST)));

		this.contextRunner.run((context) -> {
			HealthEndpoint endpoint = context.getBean(HealthEndpoint.class);
			IndicatedHealthDescriptor up = (IndicatedHealthDescriptor) endpoint.healthForPath("openai");
			assertThat(up.getStatus()).as(up.getDetails().toString()).isEqualTo(Status.UP);
			assertThat(up.getDetails()).containsEntry("host", "127.0.0.1").containsEntry("circuitState", "CLOSED");

			this.server.stubFor(get("/v1/models").willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody(INVALID_KEY)));
			IndicatedHealthDescriptor down = (IndicatedHealthDescriptor) endpoint.healthForPath("openai");
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("error", "API key rejected (HTTP 401)");
			assertThat(JsonMapper.builder().build().writeValueAsString(down)).doesNotContain("sk-");
		});
	}

	@Test
	void apiKeyNeverShowsInConfigpropsEnvHealthMetricTagsOrLogs(CapturedOutput output) {
		this.server.stubFor(get("/v1/models").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody(INVALID_KEY)));

		this.contextRunner.withPropertyValues("openai.proxy.password=proxy-SECRET-42").run((context) -> {
			assertThatException().isThrownBy(() -> context.getBean(ModelService.class).list());
			JsonMapper json = JsonMapper.builder().build();

			String configprops = json.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class)
				.configurationPropertiesWithPrefix("openai"));
			assertThat(configprops).contains("\"baseUrl\":\"http://127.0.0.1:").contains("\"apiKey\":\"******\"");
			String env = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
			assertThat(env).contains("openai.base-url").contains("openai.api-key");
			String health = json.writeValueAsString(context.getBean(HealthEndpoint.class).health());
			for (String text : new String[] { configprops, env, health }) {
				assertThat(text).doesNotContain(API_KEY).doesNotContain("proxy-SECRET-42");
			}
			for (Meter meter : context.getBean(MeterRegistry.class).getMeters()) {
				assertThat(meter.getId().getTags()).allSatisfy((tag) -> assertThat(tag.getValue()).doesNotContain("sk-"));
			}
		});
		assertThat(output).doesNotContain(API_KEY).doesNotContain("proxy-SECRET-42");
	}

	@Configuration(proxyBeanMethods = false)
	static class WebClientCustomizerConfiguration {

		@Bean
		WebClientCustomizer headerCustomizer() {
			return (builder) -> builder.defaultHeader("X-Customized-By", "boot-webclient-customizer");
		}

	}

}
