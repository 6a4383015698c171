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

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the {@code openai}
 * health indicator ({@code management.health.openai.enabled}), tuned by {@code openai.health.*}.
 */
@AutoConfiguration(after = OpenAIAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, OpenAIClient.class })
@ConditionalOnBean(OpenAIClient.class)
@ConditionalOnEnabledHealthIndicator("openai")
@EnableConfigurationProperties(OpenAIProperties.class)
public final class OpenAIHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "openaiHealthIndicator", "openaiHealthContributor" })
	OpenAIHealthIndicator openaiHealthIndicator(OpenAIClient client, OpenAIProperties properties) {
		OpenAIProperties.Health health = properties.getHealth();
		return new OpenAIHealthIndicator(client, health.getTimeout(), health.getCacheTtl());
	}

}
