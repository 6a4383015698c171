package dev.integrations.openai.autoconfigure;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.autoconfigure.health.OpenAIHealthContributorAutoConfiguration;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named clients in the actuator: one {@code openai} health child per client, and every named key masked in
 * {@code configprops} and {@code env}.
 */
class NamedClientsActuatorTests {

	private static final String KEY_B = "sk-test-NAMED-B-SECRET-0123";

	private WireMockServer server;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
		String base = "http://127.0.0.1:" + this.server.port();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class,
					OpenAIHealthContributorAutoConfiguration.class, EndpointAutoConfiguration.class,
					ConfigurationPropertiesReportEndpointAutoConfiguration.class,
					EnvironmentEndpointAutoConfiguration.class, HealthContributorAutoConfiguration.class,
					HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
			.withPropertyValues("openai.api-key=sk-test-top-level-0123", "openai.base-url=" + base + "/top/v1",
					"openai.retry.max-retries=0", "openai.health.cache-ttl=0s", "openai.health.timeout=30s",
					"openai.clients.a.base-url=" + base + "/a/v1", "openai.clients.b.api-key=" + KEY_B,
					"openai.clients.b.base-url=" + base + "/b/v1", "openai.clients.b.proxy.password=proxy-B-SECRET",
					"management.endpoint.health.show-details=always",
					"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
					"management.endpoints.web.exposure.include=health,configprops,env");
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void healthHasOneChildPerClient() {
		this.server.stubFor(get("/top/v1/models").willReturn(okJson("{\"object\": \"list\", \"data\": []}")));
		this.server.stubFor(get("/a/v1/models").willReturn(okJson("{\"object\": \"list\", \"data\": []}")));
		this.server.stubFor(get("/b/v1/models").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"Incorrect API key provided.\", \"type\": \"invalid_request_error\","
					+ " \"param\": null, \"code\": \"invalid_api_key\"}}")));
		this.contextRunner.run((context) -> {
			HealthEndpoint endpoint = context.getBean(HealthEndpoint.class);
			assertThat(health(endpoint, "openai/default").getStatus()).isEqualTo(Status.UP);
			assertThat(health(endpoint, "openai/a").getStatus()).isEqualTo(Status.UP);
			IndicatedHealthDescriptor b = health(endpoint, "openai/b");
			assertThat(b.getStatus()).isEqualTo(Status.DOWN);
			assertThat(b.getDetails()).containsEntry("error", "API key rejected (HTTP 401)");
		});
	}

	@Test
	void twoUserClientBeansGetAHealthChildEachInsteadOfFailingStartup() {
		this.server.stubFor(get("/top/v1/models").willReturn(okJson("{\"object\": \"list\", \"data\": []}")));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class,
					OpenAIHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
					HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
			.withBean("first", OpenAIClient.class, () -> client(this.server.port()))
			.withBean("second", OpenAIClient.class, () -> client(this.server.port()))
			.withPropertyValues("openai.api-key=sk-test-top-level-0123", "openai.health.timeout=30s",
					"management.endpoint.health.show-details=always")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				HealthEndpoint endpoint = context.getBean(HealthEndpoint.class);
				IndicatedHealthDescriptor first = health(endpoint, "openai/first");
				IndicatedHealthDescriptor second = health(endpoint, "openai/second");
				assertThat(first.getStatus()).as(first.getDetails().toString()).isEqualTo(Status.UP);
				assertThat(second.getStatus()).as(second.getDetails().toString()).isEqualTo(Status.UP);
			});
	}

	@Test
	void namedKeysAndProxyPasswordsAreMaskedInConfigpropsAndEnv() {
		this.contextRunner.run((context) -> {
			JsonMapper json = JsonMapper.builder().build();
			String configprops = json.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class)
				.configurationPropertiesWithPrefix("openai"));
			String env = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
			assertThat(env).contains("openai.clients.b.api-key").contains("openai.clients.b.proxy.password");
			for (String text : new String[] { configprops, env }) {
				assertThat(text).doesNotContain(KEY_B).doesNotContain("proxy-B-SECRET").doesNotContain("sk-test-top");
			}
		});
	}

	private static IndicatedHealthDescriptor health(HealthEndpoint endpoint, String path) {
		return (IndicatedHealthDescriptor) endpoint.healthForPath(path.split("/"));
	}

	private static OpenAIClient client(int port) {
		return OpenAIClient.builder()
			.config(OpenAIConfig.builder().apiKey("sk-test-user").baseUrl("http://127.0.0.1:" + port + "/top/v1").build())
			.build();
	}

}
