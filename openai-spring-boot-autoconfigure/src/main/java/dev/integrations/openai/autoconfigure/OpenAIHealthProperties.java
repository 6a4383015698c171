package dev.integrations.openai.autoconfigure;

import java.time.Duration;

/**
 * Health indicator settings (enable it with {@code management.health.openai.enabled}).
 * Bound to {@code openai.health.*} and {@code openai.clients.<name>.health.*} (see {@link OpenAIProperties}).
 */
public class OpenAIHealthProperties {

	/** Time the health check's list-models call may take. */
	private Duration timeout = Duration.ofSeconds(5);

	/** How long a health check result is reused before the API is asked again. */
	private Duration cacheTtl = Duration.ofSeconds(30);

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Duration getCacheTtl() {
		return this.cacheTtl;
	}

	public void setCacheTtl(Duration cacheTtl) {
		this.cacheTtl = cacheTtl;
	}

}
