package dev.integrations.openai.autoconfigure.ratelimit;

import java.time.Duration;

import dev.integrations.openai.autoconfigure.OpenAIAutoConfiguration;
import dev.integrations.openai.ratelimit.LocalRateLimitStore;
import dev.integrations.openai.ratelimit.RateLimitStore;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conditions of {@code openai.rate-limit.store}: which store the clients get, and the startup failures that say
 * what is missing for {@code redis}. No Redis is contacted here: the store connects on first use.
 */
class OpenAIRateLimitStoreAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class,
				OpenAIRateLimitStoreAutoConfiguration.class, DataRedisAutoConfiguration.class))
		.withPropertyValues("openai.api-key=sk-test-fleet");

	@Test
	void withoutStoreTheClientsKeepTheLocalStore() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(RateLimitStore.class)
			.getBean(RateLimitStore.class)
			.isInstanceOf(LocalRateLimitStore.class));
	}

	@Test
	void storeRedisGivesEveryClientTheRedisStoreWithItsOptionsAndAHealthIndicator() {
		this.contextRunner
			.withPropertyValues("openai.rate-limit.store=redis", "openai.rate-limit.redis.requests-per-minute=500",
					"openai.rate-limit.redis.timeout=250ms")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(RateLimitStore.class);
				assertThat(context.getBean(RateLimitStore.class)).isInstanceOf(RedisRateLimitStore.class);
				assertThat(context.getBean(OpenAIRateLimitStoreProperties.class).getRedis().toOptions())
					.isEqualTo(new RedisRateLimitOptions("openai:rate-limit:", Duration.ofMillis(250),
							Duration.ofSeconds(5), 500L, null));
				assertThat(context).hasBean("openaiRateLimitStoreHealthIndicator");
			});
	}

	@Test
	void storeRedisBacksOffFromTheUsersOwnStore() {
		this.contextRunner.withPropertyValues("openai.rate-limit.store=redis")
			.withUserConfiguration(UserStoreConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(RateLimitStore.class)
				.getBean(RateLimitStore.class)
				.isSameAs(context.getBean(UserStoreConfiguration.class).store));
	}

	@Test
	void storeRedisWithoutBucket4jFailsStartupNamingWhatToAdd() {
		this.contextRunner.withPropertyValues("openai.rate-limit.store=redis")
			.withClassLoader(new FilteredClassLoader(Bucket4jLettuce.class))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("openai.rate-limit.store=redis needs io.github.bucket4j.redis.lettuce.Bucket4jLettuce")
				.hasMessageContaining("com.bucket4j:bucket4j_jdk17-lettuce"));
	}

	@Test
	void storeRedisWithoutSpringDataRedisFailsStartupNamingWhatToAdd() {
		this.contextRunner.withPropertyValues("openai.rate-limit.store=redis")
			.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("LettuceConnectionFactory on the class path")
				.hasMessageContaining("spring-boot-starter-data-redis"));
	}

	@Test
	void storeRedisWithoutBootsRedisAutoConfigurationFailsStartupNamingIt() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIRateLimitStoreAutoConfiguration.class))
			.withPropertyValues("openai.api-key=sk-test-fleet", "openai.rate-limit.store=redis")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("one LettuceConnectionFactory bean")
				.hasMessageContaining("no unique RedisConnectionFactory"));
	}

	@Test
	void openaiDisabledTurnsTheStoreOffToo() {
		this.contextRunner.withPropertyValues("openai.enabled=false", "openai.rate-limit.store=redis")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RateLimitStore.class));
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
