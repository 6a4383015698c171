package dev.integrations.openai.autoconfigure;

import dev.integrations.openai.client.OpenAIClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the OpenAI client:
 * connection details, {@link dev.integrations.openai.client.OpenAIConfig}, auth provider, resilience orchestrator
 * (with every {@link dev.integrations.openai.resilience.ClientHook} bean), the {@link OpenAIClient} on Boot's
 * {@code WebClient.Builder} when there is one, TLS from the SSL bundle {@code openai.ssl.bundle} names, and one
 * bean per API service; the same, qualified by name, for every named client of {@code openai.clients.<name>.*}
 * (see {@link OpenAIClients}). {@code openai.enabled=false} turns it all off.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration" })
@ConditionalOnClass(OpenAIClient.class)
@ConditionalOnBooleanProperty(name = "openai.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OpenAIProperties.class)
@Import({ OpenAIConfigurations.ConnectionConfiguration.class, OpenAIConfigurations.AuthConfiguration.class,
		OpenAIConfigurations.ResilienceConfiguration.class, OpenAIConfigurations.SslBundleConfiguration.class,
		OpenAIConfigurations.ClientConfiguration.class, OpenAIConfigurations.ServicesConfiguration.class,
		OpenAIConfigurations.SanitizingConfiguration.class, NamedOpenAIClientsRegistrar.class })
public final class OpenAIAutoConfiguration {

}
