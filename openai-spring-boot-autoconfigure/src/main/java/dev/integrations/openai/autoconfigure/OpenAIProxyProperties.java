package dev.integrations.openai.autoconfigure;

import dev.integrations.openai.client.ProxySettings;
import org.jspecify.annotations.Nullable;

/**
 * Outbound proxy settings; a proxy is used when {@code host} is set.
 * Bound to {@code openai.proxy.*} and {@code openai.clients.<name>.proxy.*} (see {@link OpenAIProperties}).
 */
public class OpenAIProxyProperties {

	/** Proxy protocol. */
	private ProxySettings.Type type = ProxySettings.Type.HTTP;

	/** Proxy host; no proxy when not set. */
	private @Nullable String host;

	/** Proxy port. */
	private @Nullable Integer port;

	/** Proxy user, when the proxy authenticates. */
	private @Nullable String username;

	/** Proxy password, when the proxy authenticates. */
	private @Nullable String password;

	/** Regular expression of hosts reached directly, bypassing the proxy. */
	private @Nullable String nonProxyHosts;

	public ProxySettings.Type getType() {
		return this.type;
	}

	public void setType(ProxySettings.Type type) {
		this.type = type;
	}

	public @Nullable String getHost() {
		return this.host;
	}

	public void setHost(@Nullable String host) {
		this.host = host;
	}

	public @Nullable Integer getPort() {
		return this.port;
	}

	public void setPort(@Nullable Integer port) {
		this.port = port;
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getNonProxyHosts() {
		return this.nonProxyHosts;
	}

	public void setNonProxyHosts(@Nullable String nonProxyHosts) {
		this.nonProxyHosts = nonProxyHosts;
	}

}
