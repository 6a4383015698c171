package dev.integrations.openai.autoconfigure.health;

import dev.integrations.openai.autoconfigure.OpenAIAutoConfiguration;
import dev.integrations.openai.autoconfigure.OpenAIProperties;
import dev.integrations.openai.client.OpenAIClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the {@code openai}
 * health indicator ({@code management.health.openai.enabled}), tuned by {@code openai.health.*}.
 */
@AutoConfiguration(after = OpenAIAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, OpenAIClient.class })
@ConditionalOnBean(OpenAIClient.class)
@EnableConfigurationProperties(OpenAIProperties.class)
@Import(OpenAIHealthContributorAutoConfiguration.HealthIndicatorConfiguration.class)
public final class OpenAIHealthContributorAutoConfiguration {

	/**
	 * Holds the condition that needs {@code spring-boot-health} classes, so that it is only read once the class
	 * condition above passed.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnEnabledHealthIndicator("openai")
	static class HealthIndicatorConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = { "openaiHealthIndicator", "openaiHealthContributor" })
		OpenAIHealthIndicator openaiHealthIndicator(OpenAIClient client, OpenAIProperties properties) {
			OpenAIProperties.Health health = properties.getHealth();
			return new OpenAIHealthIndicator(client, health.getTimeout(), health.getCacheTtl());
		}

	}

}
