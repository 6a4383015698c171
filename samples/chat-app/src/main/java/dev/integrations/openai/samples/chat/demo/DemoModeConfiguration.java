package dev.integrations.openai.samples.chat.demo;

import dev.integrations.openai.autoconfigure.OpenAIConnectionDetails;
import dev.integrations.openai.samples.chat.ChatAppProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Demo mode, active when no API key is configured ({@link DemoModeCondition}): starts the {@link DemoBackend} on a
 * random local port and points the starter at it through an {@link OpenAIConnectionDetails} bean, which replaces
 * the one the starter derives from {@code openai.*}. Everything else (retries, metrics, health) is the starter's,
 * unchanged. With {@code OPENAI_API_KEY} set, none of this exists and the client calls the real API.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoModeCondition.class)
public class DemoModeConfiguration {

	@Bean(destroyMethod = "close")
	DemoBackend demoBackend(ChatAppProperties properties) {
		return DemoBackend.start(properties.getDemo());
	}

	@Bean
	OpenAIConnectionDetails demoConnectionDetails(DemoBackend backend) {
		return new OpenAIConnectionDetails() {

			@Override
			public String getBaseUrl() {
				return backend.baseUrl();
			}

			@Override
			public @Nullable String getApiKey() {
				return null;
			}

		};
	}

}
