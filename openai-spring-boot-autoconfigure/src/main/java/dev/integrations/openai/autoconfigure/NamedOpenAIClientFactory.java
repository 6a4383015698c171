package dev.integrations.openai.autoconfigure;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.auth.TokenSupplier;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIClientBuilder;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.ratelimit.LocalRateLimitStore;
import dev.integrations.openai.ratelimit.RateLimitStore;
import dev.integrations.openai.ratelimit.RateLimiter;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the {@link OpenAIClient} of one name the way the auto-configuration builds the top-level one: config from
 * the name's {@link NamedOpenAIProperties properties} and the config customizers, the provider's auth, an
 * orchestrator with every {@link ClientHook} bean, Boot's {@code WebClient.Builder}, the name's SSL bundle, the
 * request customizers, then the builder customizers. A customizer bean applies to every client unless it carries a
 * {@link Qualifier}: then only to the client of that name ({@code "default"} for the top-level one).
 */
final class NamedOpenAIClientFactory {

	/** The name of the top-level client, for qualified customizers. */
	static final String DEFAULT_NAME = PerClientHook.DEFAULT_CLIENT;

	private final ListableBeanFactory beanFactory;

	private final Environment environment;

	NamedOpenAIClientFactory(ListableBeanFactory beanFactory, Environment environment) {
		this.beanFactory = beanFactory;
		this.environment = environment;
	}

	OpenAIClient create(String name) {
		String prefix = NamedOpenAIProperties.prefix(name);
		OpenAIProperties properties = NamedOpenAIProperties.bind(this.environment, name);
		OpenAIConfig config;
		try {
			OpenAIConfig.Builder builder = OpenAIConfigMapper.toBuilder(properties,
					new PropertiesOpenAIConnectionDetails(properties));
			customizers(this.beanFactory, OpenAIConfigCustomizer.class, name).forEach((c) -> c.customize(builder));
			config = builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw InvalidOpenAIConfigurationException.invalidProperty(prefix, ex);
		}
		AuthProvider auth = OpenAIClientSupport.authProvider(prefix, properties, config,
				this.beanFactory.getBeanProvider(TokenSupplier.class).getIfUnique(), classLoader(this.beanFactory));
		ResilienceOrchestrator.Builder orchestrator = ResilienceOrchestrator.builder()
			.retry(config.retry())
			.circuitBreaker(config.circuitBreaker())
			.rateLimiter(RateLimiter.of(config.rateLimit(),
					this.beanFactory.getBeanProvider(RateLimitStore.class).getIfUnique(LocalRateLimitStore::new), name,
					config.rateLimitAccount()));
		PerClientHook.forClient(this.beanFactory.getBeanProvider(ClientHook.class).orderedStream().toList(), name)
			.forEach(orchestrator::hook);
		OpenAIClientBuilder builder = OpenAIClient.builder()
			.config(config)
			.authProvider(auth)
			.orchestrator(orchestrator.build());
		this.beanFactory.getBeanProvider(WebClient.Builder.class).ifUnique(builder::webClientBuilder);
		String bundle = properties.getSsl().getBundle();
		if (bundle != null) {
			SslBundles bundles = this.beanFactory.getBean(SslBundles.class);
			builder.httpClientCustomizer(SslBundleHttpClientCustomizer.of(bundle, bundles.getBundle(bundle)));
		}
		OpenAIClientSupport.requestCustomizers(builder, properties);
		customizers(this.beanFactory, OpenAIClientBuilderCustomizer.class, name).forEach((c) -> c.customize(builder));
		return builder.build();
	}

	static @Nullable ClassLoader classLoader(ListableBeanFactory beanFactory) {
		return (beanFactory instanceof ConfigurableBeanFactory configurable) ? configurable.getBeanClassLoader() : null;
	}

	/**
	 * The customizer beans of a type that apply to a client, in order: those without a qualifier and those qualified
	 * with the client's name.
	 */
	static <T> List<T> customizers(ListableBeanFactory beanFactory, Class<T> type, String clientName) {
		Map<Object, String> names = new IdentityHashMap<>();
		beanFactory.getBeansOfType(type).forEach((beanName, bean) -> names.put(bean, beanName));
		return beanFactory.getBeanProvider(type)
			.orderedStream()
			.filter((bean) -> appliesTo(beanFactory, names.get(bean), clientName))
			.toList();
	}

	private static boolean appliesTo(ListableBeanFactory beanFactory, @Nullable String beanName, String clientName) {
		if (beanName == null) {
			return true;
		}
		Qualifier qualifier = beanFactory.findAnnotationOnBean(beanName, Qualifier.class);
		return qualifier == null || qualifier.value().equals(clientName);
	}

}
