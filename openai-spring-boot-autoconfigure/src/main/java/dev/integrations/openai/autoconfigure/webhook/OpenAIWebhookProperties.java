package dev.integrations.openai.autoconfigure.webhook;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the endpoint that receives OpenAI webhooks ({@code openai.webhook.*}).
 */
@ConfigurationProperties("openai.webhook")
public class OpenAIWebhookProperties {

	/** Whether to receive webhooks once a secret is set. */
	private boolean enabled = true;

	/** Signing secret of the webhook endpoint, "whsec_" followed by base64; the endpoint exists only when set. */
	private @Nullable String secret;

	/** Path of the endpoint that receives the deliveries. */
	private String path = "/openai/webhook";

	/** How far a delivery's timestamp may be from the server's clock, and how long delivered IDs are remembered. */
	private Duration tolerance = Duration.ofMinutes(5);

	/** Maximum number of delivered webhook IDs remembered to deliver a redelivered one only once. */
	private int deduplicationCapacity = 10_000;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getSecret() {
		return this.secret;
	}

	public void setSecret(@Nullable String secret) {
		this.secret = secret;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public Duration getTolerance() {
		return this.tolerance;
	}

	public void setTolerance(Duration tolerance) {
		this.tolerance = tolerance;
	}

	public int getDeduplicationCapacity() {
		return this.deduplicationCapacity;
	}

	public void setDeduplicationCapacity(int deduplicationCapacity) {
		this.deduplicationCapacity = deduplicationCapacity;
	}

}
