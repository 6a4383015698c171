package dev.integrations.openai.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.env.Environment;

/**
 * Spring Boot's own HTTP client settings ({@code spring.http.clients.*}) and the {@code openai.*} setting that wins
 * over each for the OpenAI client, which builds its own Reactor Netty connector. Each one that is set is reported at
 * startup, so that none is ignored silently.
 */
final class BootHttpClientSettings {

	private static final Log logger = LogFactory.getLog(BootHttpClientSettings.class);

	static final Map<String, String> GOVERNED_BY;

	static {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.http.clients.connect-timeout", "openai.connect-timeout");
		settings.put("spring.http.clients.read-timeout", "openai.response-timeout and openai.stream-idle-timeout");
		settings.put("spring.http.clients.ssl.bundle", "openai.ssl.bundle");
		settings.put("spring.http.clients.redirects", "the OpenAI client, which does not follow redirects");
		settings.put("spring.http.clients.reactive.connector",
				"the OpenAI client's own Reactor Netty connector (replace it with an OpenAIClientBuilderCustomizer)");
		GOVERNED_BY = Map.copyOf(settings);
	}

	private BootHttpClientSettings() {
	}

	/** Logs, at INFO, each {@code spring.http.clients.*} setting that is set and what governs the OpenAI client. */
	static void report(Environment environment) {
		GOVERNED_BY.forEach((setting, governedBy) -> {
			if (environment.containsProperty(setting)) {
				logger.info(setting + " does not apply to the OpenAI client: " + governedBy + " governs it");
			}
		});
	}

}
