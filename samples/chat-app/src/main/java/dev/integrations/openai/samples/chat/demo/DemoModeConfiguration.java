package dev.integrations.openai.samples.chat.demo;

import dev.integrations.openai.autoconfigure.OpenAIConfigCustomizer;
import dev.integrations.openai.autoconfigure.OpenAIConnectionDetails;
import dev.integrations.openai.samples.chat.ChatAppProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Demo mode, active when no API key is configured ({@link DemoModeCondition}): starts the {@link DemoBackend} on a
 * random local port and points the starter at it through an {@link OpenAIConnectionDetails} bean, which replaces
 * the one the starter derives from {@code openai.*}. Everything else (retries, metrics, health) is the starter's,
 * unchanged. With {@code OPENAI_API_KEY} set, none of this exists and the client calls the real API.
 * <p>
 * The named client {@value #LOCAL} ({@code openai.clients.local.*} in {@code application.yml}, an OpenAI-compatible
 * server such as Ollama) gets a second demo backend of its own, through an {@link OpenAIConfigCustomizer} qualified
 * with its name, so that the page can switch between two clients that reach two servers.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoModeCondition.class)
public class DemoModeConfiguration {

	/** The named client that the second demo backend serves. */
	static final String LOCAL = "local";

	@Bean(destroyMethod = "close")
	DemoBackend demoBackend(ChatAppProperties properties) {
		return DemoBackend.start(properties.getDemo());
	}

	/** The backend of the named client {@value #LOCAL}; not a default candidate, so the top-level one stays unique. */
	@Bean(destroyMethod = "close", defaultCandidate = false)
	DemoBackend localDemoBackend(ChatAppProperties properties) {
		return DemoBackend.start(properties.getDemo());
	}

	@Bean
	@Qualifier(LOCAL)
	OpenAIConfigCustomizer localDemoBackendCustomizer(@Qualifier("localDemoBackend") DemoBackend backend) {
		return (builder) -> builder.baseUrl(backend.baseUrl());
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
