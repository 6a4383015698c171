package dev.integrations.openai.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * TLS settings.
 * Bound to {@code openai.ssl.*} and {@code openai.clients.<name>.ssl.*} (see {@link OpenAIProperties}).
 */
public class OpenAISslProperties {

	/** Name of the SSL bundle (spring.ssl.bundle.*) securing the connection; the JDK defaults when not set. */
	private @Nullable String bundle;

	public @Nullable String getBundle() {
		return this.bundle;
	}

	public void setBundle(@Nullable String bundle) {
		this.bundle = bundle;
	}

}
