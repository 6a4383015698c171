package dev.integrations.openai.autoconfigure.webhook;

import java.time.Duration;

import dev.integrations.openai.autoconfigure.OpenAIAutoConfiguration;
import dev.integrations.openai.webhooks.WebhookVerificationException;
import dev.integrations.openai.webhooks.WebhookVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAIWebhookAutoConfigurationTests {

	private static final String SECRET = "whsec_YSAzMi1ieXRlIGtleSBmb3Igd2ViaG9vayB0ZXN0cyE=";

	private final WebApplicationContextRunner servletRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIWebhookAutoConfiguration.class));

	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIWebhookAutoConfiguration.class));

	@Test
	void withoutSecretThereIsNoVerifierNorEndpoint() {
		this.servletRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(WebhookVerifier.class)
			.doesNotHaveBean(OpenAIWebhookDispatcher.class)
			.doesNotHaveBean("openAIWebhookRouterFunction"));
	}

	@Test
	void withSecretAServletApplicationGetsAWebMvcRoute() {
		this.servletRunner.withPropertyValues("openai.webhook.secret=" + SECRET).run((context) -> {
			assertThat(context).hasSingleBean(WebhookVerifier.class).hasSingleBean(OpenAIWebhookDispatcher.class);
			assertThat(context.getBean("openAIWebhookRouterFunction"))
				.isInstanceOf(org.springframework.web.servlet.function.RouterFunction.class);
			assertThat(context.getBean(WebhookVerifier.class).tolerance()).isEqualTo(Duration.ofMinutes(5));
		});
	}

	@Test
	void withSecretAReactiveApplicationGetsAWebFluxRoute() {
		this.reactiveRunner.withPropertyValues("openai.webhook.secret=" + SECRET).run((context) -> {
			assertThat(context).hasSingleBean(OpenAIWebhookDispatcher.class);
			assertThat(context.getBean("openAIWebhookRouterFunction"))
				.isInstanceOf(org.springframework.web.reactive.function.server.RouterFunction.class);
		});
	}

	@Test
	void aNonWebApplicationGetsTheVerifierButNoEndpoint() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenAIWebhookAutoConfiguration.class))
			.withPropertyValues("openai.webhook.secret=" + SECRET)
			.run((context) -> assertThat(context).hasSingleBean(WebhookVerifier.class)
				.doesNotHaveBean("openAIWebhookRouterFunction"));
	}

	@Test
	void theToleranceIsConfigurable() {
		this.servletRunner.withPropertyValues("openai.webhook.secret=" + SECRET, "openai.webhook.tolerance=30s")
			.run((context) -> assertThat(context.getBean(WebhookVerifier.class).tolerance())
				.isEqualTo(Duration.ofSeconds(30)));
	}

	@Test
	void webhooksCanBeSwitchedOffOnTheirOwnOrWithTheWholeClient() {
		for (String off : new String[] { "openai.webhook.enabled=false", "openai.enabled=false" }) {
			this.servletRunner.withPropertyValues("openai.webhook.secret=" + SECRET, off)
				.run((context) -> assertThat(context).hasNotFailed()
					.doesNotHaveBean(WebhookVerifier.class)
					.doesNotHaveBean("openAIWebhookRouterFunction"));
		}
	}

	@Test
	void whenUserDefinesVerifierAndRouteThenTheAutoConfiguredOnesBackOff() {
		this.servletRunner.withPropertyValues("openai.webhook.secret=" + SECRET)
			.withUserConfiguration(UserWebhookConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(WebhookVerifier.class);
				assertThat(context.getBean(WebhookVerifier.class).tolerance()).isEqualTo(Duration.ofSeconds(42));
				assertThat(context.getBean("openAIWebhookRouterFunction"))
					.isSameAs(context.getBean(UserWebhookConfiguration.class).route);
			});
	}

	@Test
	void anUnusableSecretFailsTheStartWithoutShowingIt() {
		this.servletRunner.withPropertyValues("openai.webhook.secret=whsec_not*base64!s3cr3t").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(WebhookVerificationException.class)
				.message()
				.doesNotContain("s3cr3t");
		});
	}

	@Test
	void theSecretIsMaskedInConfigpropsAndEnv() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class,
					OpenAIWebhookAutoConfiguration.class, EndpointAutoConfiguration.class,
					ConfigurationPropertiesReportEndpointAutoConfiguration.class,
					EnvironmentEndpointAutoConfiguration.class))
			.withPropertyValues("openai.api-key=sk-test-0123456789", "openai.webhook.secret=" + SECRET,
					"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
					"management.endpoints.web.exposure.include=configprops,env")
			.run((context) -> {
				JsonMapper json = JsonMapper.builder().build();
				String configprops = json.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class)
					.configurationPropertiesWithPrefix("openai.webhook"));
				assertThat(configprops).contains("\"path\":\"/openai/webhook\"").contains("\"secret\":\"******\"");
				String env = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
				assertThat(env).contains("openai.webhook.secret");
				assertThat(configprops + env).doesNotContain(SECRET.substring(6));
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserWebhookConfiguration {

		final org.springframework.web.servlet.function.RouterFunction<ServerResponse> route = RouterFunctions.route()
			.POST("/hooks/openai", (request) -> ServerResponse.accepted().build())
			.build();

		@Bean
		WebhookVerifier userWebhookVerifier() {
			return WebhookVerifier.of(SECRET).withTolerance(Duration.ofSeconds(42));
		}

		@Bean
		org.springframework.web.servlet.function.RouterFunction<ServerResponse> openAIWebhookRouterFunction() {
			return this.route;
		}

	}

}
