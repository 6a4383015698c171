package dev.integrations.openai.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import javax.net.ssl.SSLHandshakeException;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.models.ModelService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code openai.ssl.bundle} against a WireMock server speaking HTTPS on 127.0.0.1 with a self-signed certificate
 * generated for the test run, which only a truststore holding that certificate trusts.
 */
class OpenAISslBundleIntegrationTests {

	private static final String STORE_PASSWORD = "test-store-pass";

	@TempDir
	static Path stores;

	private static WireMockServer server;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, WebClientAutoConfiguration.class,
				SslAutoConfiguration.class))
		.withPropertyValues("openai.api-key=" + OpenAIWireMockIntegrationTests.API_KEY,
				"openai.base-url=https://127.0.0.1:" + server.httpsPort() + "/v1", "openai.retry.max-retries=0",
				"spring.ssl.bundle.jks.openai.truststore.location=file:" + stores.resolve("truststore.p12"),
				"spring.ssl.bundle.jks.openai.truststore.type=PKCS12",
				"spring.ssl.bundle.jks.openai.truststore.password=" + STORE_PASSWORD);

	@BeforeAll
	static void startHttpsServer() throws Exception {
		Path keystore = stores.resolve("server.p12");
		Path certificate = stores.resolve("server.crt");
		keytool("-genkeypair", "-alias", "openai-test", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
				"CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
		keytool("-exportcert", "-rfc", "-alias", "openai-test", "-keystore", keystore.toString(), "-storepass",
				STORE_PASSWORD, "-file", certificate.toString());
		keytool("-importcert", "-noprompt", "-alias", "openai-test", "-file", certificate.toString(), "-storetype",
				"PKCS12", "-keystore", stores.resolve("truststore.p12").toString(), "-storepass", STORE_PASSWORD);
		server = new WireMockServer(wireMockConfig().httpDisabled(true)
			.dynamicHttpsPort()
			.bindAddress("127.0.0.1")
			.keystorePath(keystore.toString())
			.keystoreType("PKCS12")
			.keystorePassword(STORE_PASSWORD)
			.keyManagerPassword(STORE_PASSWORD));
		server.start();
	}

	@AfterAll
	static void stopHttpsServer() {
		server.stop();
	}

	@BeforeEach
	void stubModels() {
		server.resetAll();
		server.stubFor(get("/v1/models").willReturn(okJson(OpenAIWireMockIntegrationTests.MODEL_LIST)));
	}

	@Test
	void whenTheBundleTrustsTheServerThenCallsSucceedOverTls() {
		this.contextRunner.withPropertyValues("openai.ssl.bundle=openai").run((context) -> {
			assertThat(context.getBean(ModelService.class).list()).extracting("id")
				.containsExactly("gpt-4o-mini", "text-embedding-3-small");
			server.verify(getRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization",
					equalTo("Bearer " + OpenAIWireMockIntegrationTests.API_KEY)));
		});
	}

	@Test
	void whenNoBundleIsSetThenTheJdkTrustRejectsTheSelfSignedServer() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean("openAISslBundleCustomizer");
			assertThatExceptionOfType(OpenAIConnectionException.class)
				.isThrownBy(() -> context.getBean(ModelService.class).list())
				.withMessageStartingWith("TLS with 127.0.0.1 failed: ")
				.satisfies((ex) -> assertThat(Stream.iterate(ex, Objects::nonNull, Throwable::getCause))
					.anyMatch(SSLHandshakeException.class::isInstance));
			assertThat(server.getAllServeEvents()).isEmpty();
		});
	}

	@Test
	void whenTheBundleDoesNotExistThenStartupFailsNamingIt() {
		this.contextRunner.withPropertyValues("openai.ssl.bundle=corporate-ca").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(NoSuchSslBundleException.class)
				.hasMessageContaining("corporate-ca");
		});
	}

	@Test
	void whenAUserCustomizerSetsItsOwnConnectorThenStartupFailsRatherThanIgnoringTheBundle() {
		this.contextRunner.withPropertyValues("openai.ssl.bundle=openai")
			.withBean(OpenAIClientBuilderCustomizer.class,
					() -> (builder) -> builder.clientConnector(new ReactorClientHttpConnector()))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("clientConnector");
			});
	}

	private static void keytool(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as("keytool %s: %s", arguments[0], output).isZero();
	}

}
