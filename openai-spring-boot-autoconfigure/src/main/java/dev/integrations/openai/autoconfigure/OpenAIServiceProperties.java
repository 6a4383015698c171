package dev.integrations.openai.autoconfigure;

/**
 * Switch of one API group's service bean.
 * Bound to {@code openai.<service>.*} and {@code openai.clients.<name>.<service>.*} (see {@link OpenAIProperties}).
 */
public class OpenAIServiceProperties {

	/** Whether to create this API group's service bean. */
	private boolean enabled = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
