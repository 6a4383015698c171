package dev.integrations.openai.autoconfigure;

import java.time.Duration;
import java.util.Map;

import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.client.ProxySettings;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAIPropertiesBindingTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class));

	@Test
	void everyPropertyKeyReachesTheClientConfig() {
		this.contextRunner.withPropertyValues("openai.api-key=sk-proj-abcDEF0123456789",
				"openai.base-url=https://eu.api.openai.com/v1/", "openai.organization=org-acme",
				"openai.project=proj_support", "openai.connect-timeout=3s", "openai.response-timeout=90s",
				"openai.stream-idle-timeout=45s", "openai.user-agent=acme-support/2.3",
				"openai.default-headers.X-Tenant=acme", "openai.default-headers.X-Env=prod",
				"openai.max-in-memory-size=4MB", "openai.max-response-header-size=128KB", "openai.max-connections=64",
				"openai.max-pending-acquires=16", "openai.pending-acquire-timeout=2s", "openai.proxy.type=socks5",
				"openai.proxy.host=proxy.internal", "openai.proxy.port=1080", "openai.proxy.username=svc-openai",
				"openai.proxy.password=proxy-pass-42", "openai.proxy.non-proxy-hosts=.*\\.internal",
				"openai.retry.max-retries=5", "openai.retry.initial-backoff=250ms", "openai.retry.max-backoff=20s",
				"openai.retry.multiplier=3", "openai.retry.jitter=0.1",
				"openai.retry.retry-after-request-sent=false", "openai.circuit-breaker.enabled=false",
				"openai.circuit-breaker.failure-threshold=3", "openai.circuit-breaker.open-duration=1m")
			.run((context) -> {
				OpenAIConfig config = context.getBean(OpenAIConfig.class);
				assertThat(config.apiKey()).isEqualTo("sk-proj-abcDEF0123456789");
				assertThat(config.baseUrl()).isEqualTo("https://eu.api.openai.com/v1");
				assertThat(config.organization()).isEqualTo("org-acme");
				assertThat(config.project()).isEqualTo("proj_support");
				assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(config.responseTimeout()).isEqualTo(Duration.ofSeconds(90));
				assertThat(config.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(45));
				assertThat(config.userAgent()).isEqualTo("acme-support/2.3");
				assertThat(config.defaultHeaders()).containsEntry("X-Tenant", "acme").containsEntry("X-Env", "prod");
				assertThat(config.maxInMemorySize()).isEqualTo(4 * 1024 * 1024);
				assertThat(config.maxResponseHeaderSize()).isEqualTo(128 * 1024);
				assertThat(config.maxConnections()).isEqualTo(64);
				assertThat(config.maxPendingAcquires()).isEqualTo(16);
				assertThat(config.pendingAcquireTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(config.proxy()).isEqualTo(new ProxySettings(ProxySettings.Type.SOCKS5, "proxy.internal",
						1080, "svc-openai", "proxy-pass-42", ".*\\.internal"));
				assertThat(config.retry()).isEqualTo(
						new RetrySettings(5, Duration.ofMillis(250), Duration.ofSeconds(20), 3.0, 0.1, false));
				assertThat(config.circuitBreaker())
					.isEqualTo(new CircuitBreakerSettings(false, 3, Duration.ofMinutes(1)));
			});
	}

	@Test
	void healthPropertiesBind() {
		this.contextRunner
			.withPropertyValues("openai.api-key=sk-test-0123", "openai.health.timeout=2s", "openai.health.cache-ttl=1m")
			.run((context) -> {
				OpenAIHealthProperties health = context.getBean(OpenAIProperties.class).getHealth();
				assertThat(health.getTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(health.getCacheTtl()).isEqualTo(Duration.ofMinutes(1));
			});
	}

	@Test
	void environmentVariableBindsTheApiKey() {
		this.contextRunner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("OPENAI_API_KEY", "sk-env-0123456789"))))
			.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(OpenAIConfig.class).apiKey()).isEqualTo("sk-env-0123456789");
		});
	}

	@Test
	void blankOrganizationAndProjectCountAsNotSet() {
		this.contextRunner.withPropertyValues("openai.api-key=sk-test-0123", "openai.organization=", "openai.project= ")
			.run((context) -> {
				OpenAIConfig config = context.getBean(OpenAIConfig.class);
				assertThat(config.organization()).isNull();
				assertThat(config.project()).isNull();
			});
	}

	@Test
	void proxyHostWithoutPortFailsNamingTheSetting() {
		this.contextRunner.withPropertyValues("openai.api-key=sk-test-0123", "openai.proxy.host=proxy.internal")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("proxy.port is required when proxy.host is set"));
	}

}
