package dev.integrations.openai.transport;

import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.client.OpenAIConfig;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the {@link HttpTransport} on a {@link WebClient}.
 */
public final class WebClientTransports {

	private WebClientTransports() {
	}

	/**
	 * Creates a transport from a caller's {@link WebClient.Builder} (such as Spring Boot's, with its customizers,
	 * filters and observation registry). The builder is cloned, never changed.
	 * @param builder the builder to start from
	 * @param connector the HTTP connector (timeouts, proxy, pool, TLS)
	 * @param config the client configuration
	 * @param authProvider authenticates each attempt, below WebClient so that its logs never see the credentials;
	 * every key it returns (and the configured key and proxy password) is redacted from the server's text in errors
	 * @param mapper the JSON mapper of the wire format
	 * @return the transport
	 */
	public static HttpTransport create(WebClient.Builder builder, ClientHttpConnector connector, OpenAIConfig config,
			AuthProvider authProvider, JsonMapper mapper) {
		Redactor redactor = new Redactor();
		redactor.remember(config.apiKey());
		if (config.proxy() != null) {
			redactor.remember(config.proxy().password());
		}
		WebClient webClient = builder.clone()
			.clientConnector(new AuthenticatingConnector(connector, authProvider, redactor))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(config.maxInMemorySize()))
			.build();
		return new WebClientTransport(webClient, config, mapper, connector instanceof ReactorClientHttpConnector,
				redactor);
	}

}
