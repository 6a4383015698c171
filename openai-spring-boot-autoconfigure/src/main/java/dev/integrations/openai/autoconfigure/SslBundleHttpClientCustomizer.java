package dev.integrations.openai.autoconfigure;

import java.util.function.UnaryOperator;

import javax.net.ssl.SSLException;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslOptions;
import reactor.netty.http.client.HttpClient;

/**
 * Secures the client's Reactor Netty {@link HttpClient} with a Spring Boot {@link SslBundle}: its key and trust
 * managers, and its protocols and ciphers when the bundle sets them. The TLS context is built once, when the
 * customizer is created, so that a broken bundle fails startup.
 */
final class SslBundleHttpClientCustomizer implements UnaryOperator<HttpClient> {

	private final SslContext sslContext;

	private SslBundleHttpClientCustomizer(SslContext sslContext) {
		this.sslContext = sslContext;
	}

	static SslBundleHttpClientCustomizer of(String bundleName, SslBundle bundle) {
		SslManagerBundle managers = bundle.getManagers();
		SslOptions options = bundle.getOptions();
		SslContextBuilder builder = SslContextBuilder.forClient()
			.keyManager(managers.getKeyManagerFactory())
			.trustManager(managers.getTrustManagerFactory());
		if (options.getEnabledProtocols() != null) {
			builder.protocols(options.getEnabledProtocols());
		}
		if (options.getCiphers() != null) {
			builder.ciphers(SslOptions.asSet(options.getCiphers()));
		}
		try {
			return new SslBundleHttpClientCustomizer(builder.build());
		}
		catch (SSLException ex) {
			throw new IllegalStateException("SSL bundle '" + bundleName + "' cannot secure the OpenAI client: "
					+ ex.getMessage(), ex);
		}
	}

	@Override
	public HttpClient apply(HttpClient httpClient) {
		return httpClient.secure((spec) -> spec.sslContext(this.sslContext));
	}

}
