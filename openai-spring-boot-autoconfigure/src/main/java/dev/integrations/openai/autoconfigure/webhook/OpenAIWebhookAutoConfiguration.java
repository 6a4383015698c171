package dev.integrations.openai.autoconfigure.webhook;

import java.time.Clock;

import dev.integrations.openai.webhooks.WebhookVerifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of OpenAI webhooks:
 * with {@code openai.webhook.secret} set, a {@link WebhookVerifier} and, in a servlet or reactive web application,
 * an endpoint at {@code openai.webhook.path} that publishes each verified delivery as its typed event record.
 * {@code openai.webhook.enabled=false} or {@code openai.enabled=false} turns it off.
 */
@AutoConfiguration
@ConditionalOnClass(WebhookVerifier.class)
@ConditionalOnBooleanProperty(name = "openai.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "openai.webhook.enabled", matchIfMissing = true)
@ConditionalOnProperty("openai.webhook.secret")
@EnableConfigurationProperties(OpenAIWebhookProperties.class)
@Import({ ServletWebhookEndpointConfiguration.class, ReactiveWebhookEndpointConfiguration.class })
public final class OpenAIWebhookAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookVerifier openAIWebhookVerifier(OpenAIWebhookProperties properties) {
		String secret = properties.getSecret();
		return WebhookVerifier.of((secret != null) ? secret : "").withTolerance(properties.getTolerance());
	}

	@Bean
	@ConditionalOnMissingBean
	OpenAIWebhookDispatcher openAIWebhookDispatcher(WebhookVerifier verifier, ApplicationEventPublisher publisher,
			OpenAIWebhookProperties properties) {
		RecentDeliveries recentDeliveries = new RecentDeliveries(properties.getDeduplicationCapacity(),
				verifier.tolerance(), Clock.systemUTC());
		return new OpenAIWebhookDispatcher(verifier, publisher, recentDeliveries);
	}

}
