package dev.integrations.openai.autoconfigure;

import java.time.Duration;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.ratelimit.LocalRateLimitStore;
import dev.integrations.openai.ratelimit.RateLimitMode;
import dev.integrations.openai.ratelimit.RateLimitSettings;
import dev.integrations.openai.ratelimit.RateLimitStore;
import dev.integrations.openai.ratelimit.RateLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAIRateLimitAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
		.withPropertyValues("openai.api-key=" + OpenAIAutoConfigurationTests.API_KEY, "openai.project=proj_chat");

	@Test
	void byDefaultEveryCallWaitsForTheBudgetInAnInMemoryStore() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(RateLimitStore.class);
			RateLimiter limiter = context.getBean(OpenAIClient.class).orchestrator().rateLimiter();
			assertThat(limiter.settings()).isEqualTo(RateLimitSettings.DEFAULTS);
			assertThat(limiter.store()).isInstanceOf(LocalRateLimitStore.class)
				.isSameAs(context.getBean(RateLimitStore.class));
			assertThat(limiter.client()).isEqualTo("default");
			assertThat(limiter.key("gpt-4o-mini").account()).isEqualTo("proj_chat");
		});
	}

	@Test
	void propertiesSetModeMaximumWaitAndDefaultOutput() {
		this.contextRunner
			.withPropertyValues("openai.rate-limit.mode=fail", "openai.rate-limit.max-wait=2s",
					"openai.rate-limit.default-output-tokens=100")
			.run((context) -> assertThat(context.getBean(OpenAIClient.class).orchestrator().rateLimiter().settings())
				.isEqualTo(new RateLimitSettings(RateLimitMode.FAIL, Duration.ofSeconds(2), 100)));
	}

	@Test
	void offModeLimitsNoCall() {
		this.contextRunner.withPropertyValues("openai.rate-limit.mode=off")
			.run((context) -> assertThat(context.getBean(OpenAIClient.class).orchestrator().rateLimiter().key("gpt-4o"))
				.isNull());
	}

	@Test
	void aNamedClientInheritsTheSettingsOverridesItsOwnAndSharesTheStoreUnderItsName() {
		this.contextRunner
			.withPropertyValues("openai.rate-limit.max-wait=3s", "openai.clients.batch.rate-limit.mode=fail",
					"openai.clients.batch.project=proj_batch")
			.run((context) -> {
				RateLimiter limiter = context.getBean("batchOpenAIClient", OpenAIClient.class)
					.orchestrator()
					.rateLimiter();
				assertThat(limiter.settings()).isEqualTo(new RateLimitSettings(RateLimitMode.FAIL,
						Duration.ofSeconds(3), RateLimitSettings.DEFAULTS.defaultOutputTokens()));
				assertThat(limiter.client()).isEqualTo("batch");
				assertThat(limiter.key("gpt-4o").account()).isEqualTo("proj_batch");
				assertThat(limiter.store()).isSameAs(context.getBean(RateLimitStore.class));
				assertThat(context.getBean(OpenAIClient.class).orchestrator().rateLimiter().settings().mode())
					.isEqualTo(RateLimitMode.WAIT);
			});
	}

	@Test
	void whenUserDefinesAStoreThenEveryClientUsesIt() {
		this.contextRunner.withUserConfiguration(UserStoreConfiguration.class)
			.withPropertyValues("openai.clients.other.base-url=http://127.0.0.1:1/v1")
			.run((context) -> {
				RateLimitStore store = context.getBean(RateLimitStore.class);
				assertThat(store).isSameAs(context.getBean(UserStoreConfiguration.class).store);
				assertThat(context.getBean(OpenAIClient.class).orchestrator().rateLimiter().store()).isSameAs(store);
				assertThat(context.getBean("otherOpenAIClient", OpenAIClient.class).orchestrator().rateLimiter().store())
					.isSameAs(store);
			});
	}

	@Test
	void aNegativeMaximumWaitFailsNamingTheSetting() {
		this.contextRunner.withPropertyValues("openai.rate-limit.max-wait=-1s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("rateLimit.maxWait must be zero or positive"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserStoreConfiguration {

		final LocalRateLimitStore store = new LocalRateLimitStore();

		@Bean
		RateLimitStore userRateLimitStore() {
			return this.store;
		}

	}

}
