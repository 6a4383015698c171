package dev.integrations.openai.client;

import org.jspecify.annotations.Nullable;

/**
 * An outbound proxy for all OpenAI traffic.
 *
 * @param type HTTP (CONNECT) or SOCKS5
 * @param host the proxy host
 * @param port the proxy port
 * @param username the proxy user, if the proxy authenticates
 * @param password the proxy password; never shown by {@link #toString()}
 * @param nonProxyHosts a regular expression of hosts reached directly, or {@code null}
 */
public record ProxySettings(Type type, String host, int port, @Nullable String username, @Nullable String password,
		@Nullable String nonProxyHosts) {

	/**
	 * Validates the settings.
	 */
	public ProxySettings {
		if (type == null) {
			throw new IllegalArgumentException("proxy.type must not be null");
		}
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("proxy.host must not be blank");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("proxy.port must be between 1 and 65535, was " + port);
		}
	}

	/**
	 * An unauthenticated HTTP proxy.
	 * @param host the proxy host
	 * @param port the proxy port
	 * @return the settings
	 */
	public static ProxySettings http(String host, int port) {
		return new ProxySettings(Type.HTTP, host, port, null, null, null);
	}

	@Override
	public String toString() {
		return "ProxySettings[type=" + this.type + ", host=" + this.host + ", port=" + this.port + ", username="
				+ this.username + ", password=" + ((this.password != null) ? "******" : null) + ", nonProxyHosts="
				+ this.nonProxyHosts + "]";
	}

	/**
	 * The proxy protocol.
	 */
	public enum Type {

		/** An HTTP proxy, tunnelling TLS with CONNECT. */
		HTTP,

		/** A SOCKS version 5 proxy. */
		SOCKS5

	}

}
