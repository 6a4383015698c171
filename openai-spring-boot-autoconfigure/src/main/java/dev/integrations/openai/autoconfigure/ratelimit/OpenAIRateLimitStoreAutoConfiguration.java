package dev.integrations.openai.autoconfigure.ratelimit;

import dev.integrations.openai.autoconfigure.OpenAIAutoConfiguration;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.ratelimit.RateLimitStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.ClassUtils;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the rate-limit budget
 * shared by a fleet, {@code openai.rate-limit.store=redis}: a {@link RedisRateLimitStore} (Bucket4j over the
 * Lettuce connection of Spring Boot's Redis auto-configuration) as the {@link RateLimitStore} of every
 * auto-configured client, and the {@code openaiRateLimitStore} health indicator. With {@code store=redis} but
 * without Lettuce, Spring Data Redis or Bucket4j on the class path, or without a {@link LettuceConnectionFactory}
 * bean, startup fails and says what to add: silently limiting each instance alone would let the fleet overrun
 * the budget it was configured to share.
 */
@AutoConfiguration(before = OpenAIAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass(OpenAIClient.class)
@ConditionalOnBooleanProperty(name = "openai.enabled", matchIfMissing = true)
@ConditionalOnProperty(name = "openai.rate-limit.store", havingValue = "redis")
@EnableConfigurationProperties(OpenAIRateLimitStoreProperties.class)
@Import({ OpenAIRateLimitStoreAutoConfiguration.RedisStoreConfiguration.class,
		OpenAIRateLimitStoreAutoConfiguration.HealthConfiguration.class })
public final class OpenAIRateLimitStoreAutoConfiguration {

	private static final String[] REQUIRED = { "io.lettuce.core.RedisClient",
			"org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory",
			"io.github.bucket4j.redis.lettuce.Bucket4jLettuce" };

	OpenAIRateLimitStoreAutoConfiguration(ResourceLoader resourceLoader) {
		for (String type : REQUIRED) {
			if (!ClassUtils.isPresent(type, resourceLoader.getClassLoader())) {
				throw new IllegalStateException("openai.rate-limit.store=redis needs " + type
						+ " on the class path: add spring-boot-starter-data-redis (Lettuce) and "
						+ "com.bucket4j:bucket4j_jdk17-lettuce, or set openai.rate-limit.store=local");
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "io.github.bucket4j.redis.lettuce.Bucket4jLettuce",
			"org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory" })
	static class RedisStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(RateLimitStore.class)
		RedisRateLimitStore openAIRateLimitStore(ObjectProvider<RedisConnectionFactory> connectionFactory,
				OpenAIRateLimitStoreProperties properties) {
			RedisConnectionFactory factory = connectionFactory.getIfUnique();
			if (!(factory instanceof LettuceConnectionFactory lettuce)) {
				throw new IllegalStateException("openai.rate-limit.store=redis needs Spring Boot's Redis "
						+ "auto-configuration with Lettuce (one LettuceConnectionFactory bean), found "
						+ ((factory != null) ? factory.getClass().getName() : "no unique RedisConnectionFactory")
						+ ": configure spring.data.redis.* with Lettuce, or set openai.rate-limit.store=local");
			}
			return new RedisRateLimitStore(BucketProxyManagers.over(lettuce), properties.getRedis().toOptions());
		}

	}

	/** Holds the health condition, read only once {@code spring-boot-health} is known to be there. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	@Import(HealthConfiguration.Enabled.class)
	static class HealthConfiguration {

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnEnabledHealthIndicator("openai-rate-limit-store")
		static class Enabled {

			@Bean
			@ConditionalOnMissingBean(name = "openaiRateLimitStoreHealthIndicator")
			RedisRateLimitStoreHealthIndicator openaiRateLimitStoreHealthIndicator(RateLimitStore store) {
				return new RedisRateLimitStoreHealthIndicator(store);
			}

		}

	}

}
