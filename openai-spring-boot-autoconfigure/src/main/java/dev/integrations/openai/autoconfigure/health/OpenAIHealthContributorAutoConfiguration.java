package dev.integrations.openai.autoconfigure.health;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.integrations.openai.autoconfigure.OpenAIAutoConfiguration;
import dev.integrations.openai.autoconfigure.OpenAIClients;
import dev.integrations.openai.autoconfigure.OpenAIHealthProperties;
import dev.integrations.openai.autoconfigure.OpenAIProperties;
import dev.integrations.openai.client.OpenAIClient;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the {@code openai}
 * health indicator ({@code management.health.openai.enabled}), tuned by {@code openai.health.*}: one indicator for a
 * single client, a composite with one child per client when there are named clients or several client beans.
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
		@ConditionalOnSingleCandidate(OpenAIClient.class)
		@ConditionalOnMissingBean(value = OpenAIClients.class,
				name = { "openaiHealthIndicator", "openaiHealthContributor" })
		OpenAIHealthIndicator openaiHealthIndicator(OpenAIClient client, OpenAIProperties properties) {
			return indicator(client, properties);
		}

		/**
		 * With several clients (named ones, or several client beans): one child per client, named after the client
		 * ({@code default} for the top-level one, the bean name for other client beans).
		 */
		@Bean
		@ConditionalOnMissingBean(name = { "openaiHealthIndicator", "openaiHealthContributor" })
		CompositeHealthContributor openaiHealthContributor(ListableBeanFactory beanFactory,
				ObjectProvider<OpenAIClients> named, OpenAIProperties properties) {
			Map<OpenAIClient, String> names = new IdentityHashMap<>();
			OpenAIClients clients = named.getIfAvailable();
			if (clients != null) {
				clients.asMap().forEach((name, client) -> names.put(client, name));
			}
			Map<String, HealthContributor> children = new TreeMap<>();
			beanFactory.getBeansOfType(OpenAIClient.class).forEach((beanName, client) -> {
				String name = names.getOrDefault(client, "openAIClient".equals(beanName) ? "default" : beanName);
				children.put(name, indicator(client, properties));
			});
			return CompositeHealthContributor.fromMap(children);
		}

		private static OpenAIHealthIndicator indicator(OpenAIClient client, OpenAIProperties properties) {
			OpenAIHealthProperties health = properties.getHealth();
			return new OpenAIHealthIndicator(client, health.getTimeout(), health.getCacheTtl());
		}

	}

}
