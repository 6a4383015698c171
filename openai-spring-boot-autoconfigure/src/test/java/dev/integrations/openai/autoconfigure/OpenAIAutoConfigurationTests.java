package dev.integrations.openai.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.integrations.openai.auth.ApiKeyAuthProvider;
import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.CircuitState;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class OpenAIAutoConfigurationTests {

	static final String API_KEY = "sk-test-SECRET0123456789abcdef";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
		.withPropertyValues("openai.api-key=" + API_KEY);

	@Test
	void whenKeyIsSetThenEveryBeanIsAutoConfigured() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(OpenAIConnectionDetails.class)
				.hasSingleBean(OpenAIConfig.class)
				.hasSingleBean(AuthProvider.class)
				.hasSingleBean(ResilienceOrchestrator.class)
				.hasSingleBean(OpenAIClient.class)
				.hasSingleBean(ModelService.class);
			OpenAIClient client = context.getBean(OpenAIClient.class);
			assertThat(client.config()).isSameAs(context.getBean(OpenAIConfig.class));
			assertThat(client.orchestrator()).isSameAs(context.getBean(ResilienceOrchestrator.class));
			assertThat(context.getBean(ModelService.class)).isSameAs(client.models());
			assertThat(client.config().baseUrl()).isEqualTo(OpenAIConfig.DEFAULT_BASE_URL);
		});
	}

	@Test
	void defaultsOfPropertiesMatchTheDefaultsOfTheClient() {
		this.contextRunner.run((context) -> {
			OpenAIConfig config = context.getBean(OpenAIConfig.class);
			OpenAIConfig defaults = OpenAIConfig.builder().apiKey(API_KEY).build();
			assertThat(config.toString()).isEqualTo(defaults.toString());
			assertThat(config.retry()).isEqualTo(defaults.retry());
			assertThat(config.circuitBreaker()).isEqualTo(defaults.circuitBreaker());
			assertThat(config.maxInMemorySize()).isEqualTo(defaults.maxInMemorySize());
			assertThat(config.maxConnections()).isEqualTo(defaults.maxConnections());
			assertThat(config.userAgent()).isEqualTo(defaults.userAgent());
		});
	}

	@Test
	void keyAuthProviderSendsOrganizationAndProject() {
		this.contextRunner.withPropertyValues("openai.organization=org-acme", "openai.project=proj_chat")
			.run((context) -> {
				HttpHeaders headers = new HttpHeaders();
				context.getBean(AuthProvider.class).authenticate(headers);
				assertThat(headers.getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + API_KEY);
				assertThat(headers.getFirst("OpenAI-Organization")).isEqualTo("org-acme");
				assertThat(headers.getFirst("OpenAI-Project")).isEqualTo("proj_chat");
				assertThat(context.getBean(AuthProvider.class)).isInstanceOf(ApiKeyAuthProvider.class);
			});
	}

	@Test
	void whenDisabledThenNothingIsCreated() {
		this.contextRunner.withPropertyValues("openai.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(OpenAIProperties.class)
				.doesNotHaveBean(OpenAIConfig.class)
				.doesNotHaveBean(AuthProvider.class)
				.doesNotHaveBean(ResilienceOrchestrator.class)
				.doesNotHaveBean(OpenAIClient.class)
				.doesNotHaveBean(ModelService.class);
		});
	}

	@Test
	void whenDisabledThenAMissingKeyDoesNotMatter() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
			.withPropertyValues("openai.enabled=false", "openai.api-key=")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(OpenAIClient.class));
	}

	@Test
	void whenModelsAreSwitchedOffThenOnlyTheirServiceBeanIsMissing() {
		this.contextRunner.withPropertyValues("openai.models.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(OpenAIClient.class).doesNotHaveBean(ModelService.class));
	}

	@Test
	void whenOpenAIClientIsNotOnTheClasspathThenNothingIsCreated() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(OpenAIClient.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(OpenAIConfig.class));
	}

	@Test
	void whenACustomBaseUrlIsSetThenNoKeyIsNeeded() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
			.withPropertyValues("openai.api-key=", "openai.base-url=http://127.0.0.1:11434/v1")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(OpenAIClient.class);
				HttpHeaders headers = new HttpHeaders();
				context.getBean(AuthProvider.class).authenticate(headers);
				assertThat(headers.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
				assertThat(context.getBean(OpenAIClient.class).config().host()).isEqualTo("127.0.0.1");
			});
	}

	@Test
	void whenTheKeyIsAnUnresolvedPlaceholderAndTheBaseUrlIsCustomThenNoAuthorizationIsSent() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
			.withPropertyValues("openai.api-key=${OPENAI_TEST_KEY_THAT_IS_NOT_SET}",
					"openai.base-url=http://127.0.0.1:11434/v1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(OpenAIConfig.class).apiKey()).isNull();
				HttpHeaders headers = new HttpHeaders();
				context.getBean(AuthProvider.class).authenticate(headers);
				assertThat(headers.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
			});
	}

	@Test
	void whenTheKeyIsBlankOrAResolvedPlaceholderItIsTrimmedOrMissing() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
			.withPropertyValues("openai.api-key=${OPENAI_TEST_KEY_THAT_IS_NOT_SET:}", "openai.base-url=http://127.0.0.1:11434/v1")
			.run((context) -> assertThat(context.getBean(OpenAIConfig.class).apiKey()).isNull());
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
			.withPropertyValues("openai.test-key=sk-proj-resolved0123", "openai.api-key=${openai.test-key}")
			.run((context) -> assertThat(context.getBean(OpenAIConfig.class).apiKey()).isEqualTo("sk-proj-resolved0123"));
	}

	@Test
	void whenUserDefinesConnectionDetailsThenTheyReplaceTheProperties() {
		this.contextRunner.withUserConfiguration(ConnectionDetailsConfiguration.class)
			.withPropertyValues("openai.base-url=https://ignored.example.com/v1")
			.run((context) -> {
				assertThat(context).hasSingleBean(OpenAIConnectionDetails.class);
				OpenAIConfig config = context.getBean(OpenAIConfig.class);
				assertThat(config.baseUrl()).isEqualTo("https://gateway.example.com/openai/v1");
				assertThat(config.project()).isEqualTo("proj_gateway");
			});
	}

	@Test
	void whenUserDefinesConfigThenAutoConfiguredConfigBacksOff() {
		this.contextRunner.withUserConfiguration(ConfigConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(OpenAIConfig.class);
			assertThat(context.getBean(OpenAIClient.class).config().baseUrl()).isEqualTo("https://eu.example.com/v1");
		});
	}

	@Test
	void whenUserDefinesAuthProviderThenAutoConfiguredProviderBacksOffAndNoKeyIsNeeded() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
			.withPropertyValues("openai.api-key=")
			.withUserConfiguration(AuthProviderConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(AuthProvider.class);
				assertThat(context.getBean(AuthProvider.class)).isSameAs(AuthProviderConfiguration.PROVIDER);
			});
	}

	@Test
	void whenUserDefinesOrchestratorThenAutoConfiguredOrchestratorBacksOff() {
		this.contextRunner.withUserConfiguration(OrchestratorConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ResilienceOrchestrator.class);
			assertThat(context.getBean(OpenAIClient.class).orchestrator())
				.isSameAs(context.getBean("customOrchestrator"));
		});
	}

	@Test
	void whenUserDefinesClientThenAutoConfiguredClientBacksOffAndServicesDeriveFromIt() {
		this.contextRunner.withUserConfiguration(ClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(OpenAIClient.class);
			OpenAIClient client = context.getBean(OpenAIClient.class);
			assertThat(client.config().baseUrl()).isEqualTo("https://custom.example.com/v1");
			assertThat(context.getBean(ModelService.class)).isSameAs(client.models());
		});
	}

	@Test
	void whenUserDefinesModelServiceThenAutoConfiguredServiceBacksOff() {
		this.contextRunner.withUserConfiguration(ModelServiceConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ModelService.class);
			assertThat(context.getBean(ModelService.class)).isNotSameAs(context.getBean(OpenAIClient.class).models());
		});
	}

	@Test
	void clientHookBeansJoinTheOrchestratorInOrder() {
		this.contextRunner.withUserConfiguration(HookConfiguration.class).run((context) -> {
			ResilienceOrchestrator orchestrator = context.getBean(ResilienceOrchestrator.class);
			orchestrator.hooks().onCircuitStateChange(CircuitState.CLOSED, CircuitState.OPEN);
			assertThat(HookConfiguration.calls).containsExactly("first", "second");
		});
	}

	@Test
	void customizersAdjustConfigAndClientBuilderInOrder() {
		this.contextRunner.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
			OpenAIConfig config = context.getBean(OpenAIConfig.class);
			assertThat(config.defaultHeaders()).containsEntry("X-Tenant", "acme-second");
			assertThat(CustomizerConfiguration.builderCustomized).isTrue();
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionDetailsConfiguration {

		@Bean
		OpenAIConnectionDetails gatewayConnectionDetails() {
			return new OpenAIConnectionDetails() {
				@Override
				public String getBaseUrl() {
					return "https://gateway.example.com/openai/v1";
				}

				@Override
				public @Nullable String getApiKey() {
					return "sk-gateway-0123456789";
				}

				@Override
				public @Nullable String getProject() {
					return "proj_gateway";
				}
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConfigConfiguration {

		@Bean
		OpenAIConfig customConfig() {
			return OpenAIConfig.builder().baseUrl("https://eu.example.com/v1").apiKey("sk-eu-0123456789").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AuthProviderConfiguration {

		static final AuthProvider PROVIDER = (headers) -> headers.set("api-key", "azure-style-key");

		@Bean
		AuthProvider customAuthProvider() {
			return PROVIDER;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrchestratorConfiguration {

		@Bean
		ResilienceOrchestrator customOrchestrator() {
			return ResilienceOrchestrator.builder().build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ClientConfiguration {

		@Bean
		OpenAIClient customClient() {
			return OpenAIClient.builder()
				.config(OpenAIConfig.builder().baseUrl("https://custom.example.com/v1").apiKey("sk-custom-0123").build())
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ModelServiceConfiguration {

		@Bean
		ModelService customModelService() {
			return mock(ModelService.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class HookConfiguration {

		static final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		ClientHook secondHook() {
			return new RecordingHook("second");
		}

		@Bean
		@Order(1)
		ClientHook firstHook() {
			return new RecordingHook("first");
		}

		record RecordingHook(String name) implements ClientHook {

			@Override
			public void onCircuitStateChange(CircuitState from, CircuitState to) {
				calls.add(this.name);
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		static volatile boolean builderCustomized;

		@Bean
		@Order(2)
		OpenAIConfigCustomizer secondConfigCustomizer() {
			return (builder) -> builder.defaultHeader("X-Tenant", "acme-second");
		}

		@Bean
		@Order(1)
		OpenAIConfigCustomizer firstConfigCustomizer() {
			return (builder) -> builder.defaultHeader("X-Tenant", "acme-first");
		}

		@Bean
		OpenAIClientBuilderCustomizer clientBuilderCustomizer() {
			return (builder) -> builderCustomized = true;
		}

	}

}
