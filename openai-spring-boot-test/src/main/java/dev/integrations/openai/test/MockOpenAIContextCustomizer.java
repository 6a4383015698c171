package dev.integrations.openai.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.integrations.openai.autoconfigure.OpenAIConnectionDetails;
import dev.integrations.openai.autoconfigure.OpenAIProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a {@link MockOpenAI} for an application context, registers it as the bean {@code mockOpenAI}, points the
 * selected clients at it and stops it when the context closes. The top-level client's connection details are a
 * primary bean, so they win over connection details the application defines itself.
 *
 * @param clients the selected client names; empty for all
 */
record MockOpenAIContextCustomizer(Set<String> clients) implements ContextCustomizer {

	/** The bean name of the server. */
	static final String BEAN_NAME = "mockOpenAI";

	private static final String NAMED_CLIENTS = "openai.clients";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		MockOpenAI mock = MockOpenAI.start();
		context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> {
			if (event.getApplicationContext() == context) {
				mock.close();
			}
		});
		context.getBeanFactory().registerSingleton(BEAN_NAME, mock);
		if (selects(AutoConfigureMockOpenAI.DEFAULT_CLIENT)
				&& context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
			RootBeanDefinition details = new RootBeanDefinition(OpenAIConnectionDetails.class,
					() -> new ConnectionDetails(mock));
			details.setPrimary(true);
			registry.registerBeanDefinition("mockOpenAIConnectionDetails", details);
		}
		pointNamedClients(context.getEnvironment(), mock);
	}

	private void pointNamedClients(ConfigurableEnvironment environment, MockOpenAI mock) {
		Map<String, Object> properties = new LinkedHashMap<>();
		Binder.get(environment)
			.bind(NAMED_CLIENTS, Bindable.mapOf(String.class, OpenAIProperties.class))
			.ifBound((named) -> named.keySet().stream().filter(this::selects).forEach((name) -> {
				properties.put(NAMED_CLIENTS + "." + name + ".base-url", mock.baseUrl());
				properties.put(NAMED_CLIENTS + "." + name + ".api-key", MockOpenAI.API_KEY);
			}));
		if (!properties.isEmpty()) {
			environment.getPropertySources().addFirst(new MapPropertySource("mockOpenAI", properties));
		}
	}

	private boolean selects(String client) {
		return this.clients.isEmpty() || this.clients.contains(client);
	}

	/** The mock's URL and key, for the top-level client. */
	private record ConnectionDetails(MockOpenAI mock) implements OpenAIConnectionDetails {

		@Override
		public String getBaseUrl() {
			return this.mock.baseUrl();
		}

		@Override
		public @Nullable String getApiKey() {
			return MockOpenAI.API_KEY;
		}

	}

}
