package dev.integrations.openai.autoconfigure;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.integrations.openai.auth.AccessToken;
import dev.integrations.openai.auth.TokenSupplier;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.embeddings.EmbeddingService;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.RequestContext;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named clients from {@code openai.clients.<name>.*}: beans per name, inheritance from {@code openai.*}, qualifiers,
 * user beans per name, switches, and failures that name the client.
 */
class NamedClientsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
		.withPropertyValues("openai.api-key=sk-test-top-level", "openai.response-timeout=45s",
				"openai.retry.max-retries=4", "openai.default-headers.X-Team=platform");

	@Test
	void twoNamedClientsGetTheirClientServicesAndRegistryWhileTheTopLevelStaysPrimary() {
		this.contextRunner
			.withPropertyValues("openai.clients.tenant-a.api-key=sk-test-tenant-a",
					"openai.clients.local.provider=compatible", "openai.clients.local.base-url=http://127.0.0.1:8000/v1")
			.withUserConfiguration(QualifiedInjection.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				OpenAIClient primary = context.getBean(OpenAIClient.class);
				assertThat(primary.config().apiKey()).isEqualTo("sk-test-top-level");
				OpenAIClient tenantA = context.getBean("tenant-aOpenAIClient", OpenAIClient.class);
				OpenAIClient local = context.getBean("localOpenAIClient", OpenAIClient.class);
				assertThat(tenantA.config().apiKey()).isEqualTo("sk-test-tenant-a");
				assertThat(local.config().baseUrl()).isEqualTo("http://127.0.0.1:8000/v1");
				assertThat(context.getBean(ChatCompletionService.class)).isSameAs(primary.chatCompletions());
				QualifiedInjection injected = context.getBean(QualifiedInjection.class);
				assertThat(injected.tenantAChat).isSameAs(tenantA.chatCompletions());
				assertThat(injected.localModels).isSameAs(local.models());
				OpenAIClients clients = context.getBean(OpenAIClients.class);
				assertThat(clients.names()).containsExactly("tenant-a", "local");
				assertThat(clients.get("local")).isSameAs(local);
				assertThat(clients.asMap()).containsOnlyKeys("tenant-a", "local");
			});
	}

	@Test
	void threeClientsInheritWhatTheyDoNotSetAndMergeMaps() {
		this.contextRunner
			.withPropertyValues("openai.clients.a.retry.max-retries=1", "openai.clients.b.organization=org-b",
					"openai.clients.c.default-headers.X-Tenant=c", "openai.clients.c.response-timeout=5s")
			.run((context) -> {
				OpenAIConfig a = context.getBean("aOpenAIClient", OpenAIClient.class).config();
				OpenAIConfig b = context.getBean("bOpenAIClient", OpenAIClient.class).config();
				OpenAIConfig c = context.getBean("cOpenAIClient", OpenAIClient.class).config();
				assertThat(a.retry().maxRetries()).isEqualTo(1);
				assertThat(a.responseTimeout()).isEqualTo(Duration.ofSeconds(45));
				assertThat(a.apiKey()).isEqualTo("sk-test-top-level");
				assertThat(b.retry().maxRetries()).isEqualTo(4);
				assertThat(b.organization()).isEqualTo("org-b");
				assertThat(c.responseTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(c.defaultHeaders()).containsEntry("X-Team", "platform").containsEntry("X-Tenant", "c");
				assertThat(context.getBean(OpenAIClient.class).config().defaultHeaders()).doesNotContainKey("X-Tenant");
			});
	}

	@Test
	void aClientOfAnotherProviderNeverInheritsTheTopLevelKey() {
		this.contextRunner
			.withPropertyValues("openai.clients.local.provider=compatible",
					"openai.clients.local.base-url=http://127.0.0.1:11434/v1")
			.run((context) -> assertThat(context.getBean("localOpenAIClient", OpenAIClient.class).config().apiKey())
				.isNull());
	}

	@Test
	void aUserBeanQualifiedWithANameReplacesOnlyThatNamesBean() {
		this.contextRunner.withPropertyValues("openai.clients.a.api-key=sk-test-a", "openai.clients.b.api-key=sk-test-b")
			.withUserConfiguration(UserChatForA.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean("aChatCompletionService").hasBean("bChatCompletionService");
				assertThat(context.getBean(QualifiedChat.class).chat).isSameAs(UserChatForA.CHAT);
			});
	}

	@Test
	void aUserClientForANameBacksTheServicesOfThatName() {
		this.contextRunner.withPropertyValues("openai.clients.a.api-key=sk-test-a")
			.withUserConfiguration(UserClientForA.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean("aOpenAIClient");
				OpenAIClient user = context.getBean("userClientA", OpenAIClient.class);
				assertThat(context.getBean("aEmbeddingService")).isSameAs(user.embeddings());
				assertThat(context.getBean(OpenAIClients.class).get("a")).isSameAs(user);
			});
	}

	@Test
	void aDisabledClientAndADisabledServiceOfANameAreNotCreated() {
		this.contextRunner
			.withPropertyValues("openai.clients.a.api-key=sk-test-a", "openai.clients.a.chat.enabled=false",
					"openai.clients.off.enabled=false")
			.run((context) -> {
				assertThat(context).hasBean("aOpenAIClient")
					.doesNotHaveBean("aChatCompletionService")
					.hasBean("aEmbeddingService")
					.doesNotHaveBean("offOpenAIClient")
					.doesNotHaveBean("offModelService");
				assertThat(context.getBean(OpenAIClients.class).names()).containsExactly("a");
				assertThat(context).hasSingleBean(ChatCompletionService.class);
			});
	}

	@Test
	void aMissingKeyOfOneNamedClientFailsStartupNamingThatClient() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
			.withPropertyValues("openai.provider=compatible", "openai.base-url=http://127.0.0.1:8000/v1",
					"openai.clients.billing.provider=openai", "openai.clients.billing.base-url=https://api.openai.com/v1")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidOpenAIConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("for client 'billing'")
					.contains("openai.clients.billing.base-url");
				assertThat(analysis.getAction()).startsWith("Set openai.clients.billing.api-key.")
					.contains("openai.clients.billing.enabled=false");
			});
	}

	@Test
	void anInvalidSettingOfOneNamedClientNamesItsPrefix() {
		this.contextRunner.withPropertyValues("openai.clients.eu.retry.max-retries=-1").run((context) -> {
			FailureAnalysis analysis = new InvalidOpenAIConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription())
				.isEqualTo("Invalid openai.clients.eu.* configuration: retry.maxRetries must be >= 0, was -1");
		});
	}

	@Test
	void twoUserClientsMakeTheUnnamedServicesBackOffInsteadOfFailingStartup() {
		this.contextRunner.withUserConfiguration(SecondClient.class).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(ChatCompletionService.class);
			assertThat(context.getBeansOfType(OpenAIClient.class)).hasSize(2);
		});
	}

	@Test
	void aQualifiedCustomizerAppliesToItsClientOnlyAndAnUnqualifiedOneToAll() {
		this.contextRunner.withPropertyValues("openai.clients.a.api-key=sk-test-a", "openai.clients.b.api-key=sk-test-b")
			.withUserConfiguration(Customizers.class)
			.run((context) -> {
				assertThat(context.getBean("aOpenAIClient", OpenAIClient.class).config().defaultHeaders())
					.containsEntry("X-All", "yes")
					.containsEntry("X-Only-A", "yes");
				assertThat(context.getBean("bOpenAIClient", OpenAIClient.class).config().defaultHeaders())
					.containsEntry("X-All", "yes")
					.doesNotContainKey("X-Only-A");
				assertThat(context.getBean(OpenAIClient.class).config().defaultHeaders()).containsEntry("X-All", "yes")
					.doesNotContainKey("X-Only-A");
			});
	}

	@Test
	void azureWithoutKeyTakesTokensFromTheApplicationsTokenSupplier() {
		this.contextRunner
			.withPropertyValues("openai.clients.azure.provider=azure",
					"openai.clients.azure.base-url=https://contoso.openai.azure.com/openai/v1")
			.withUserConfiguration(Tokens.class)
			.run((context) -> assertThat(context).hasNotFailed().hasBean("azureOpenAIClient"));
	}

	@Test
	void azureWithoutKeyTokenSupplierOrAzureIdentityFailsNamingTheClient() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("com.azure.identity"))
			.withPropertyValues("openai.clients.azure.provider=azure",
					"openai.clients.azure.base-url=https://contoso.openai.azure.com/openai/v1")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidOpenAIConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("'azure'").contains("no api-key");
				assertThat(analysis.getAction()).contains("openai.clients.azure.api-key").contains("azure-identity");
			});
	}

	@Test
	void azureWithoutKeyUsesDefaultAzureCredentialWhenAzureIdentityIsPresent() {
		this.contextRunner
			.withPropertyValues("openai.clients.azure.provider=azure",
					"openai.clients.azure.base-url=https://contoso.openai.azure.com/openai/v1")
			.run((context) -> assertThat(context).hasNotFailed().hasBean("azureOpenAIClient"));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void bootsHttpClientSettingsAreReportedWithTheOpenAISettingThatWins(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("spring.http.clients.connect-timeout=2s", "spring.http.clients.reactive.connector=jdk")
			.run((context) -> assertThat(context.getBean(OpenAIClient.class).config().connectTimeout())
				.isEqualTo(Duration.ofSeconds(10)));
		assertThat(output)
			.contains("spring.http.clients.connect-timeout does not apply to the OpenAI client: openai.connect-timeout "
					+ "governs it")
			.contains("spring.http.clients.reactive.connector does not apply to the OpenAI client")
			.doesNotContain("spring.http.clients.read-timeout");
	}

	@Test
	void aUserOrchestratorKeepsEveryHookBeanWhileTheAutoConfiguredOneIsUsedAsIs() {
		this.contextRunner.withUserConfiguration(CountingHook.class).run((context) -> {
			OpenAIClient client = context.getBean(OpenAIClient.class);
			assertThat(client.orchestrator()).isSameAs(context.getBean(ResilienceOrchestrator.class));
		});
		this.contextRunner.withUserConfiguration(CountingHook.class, UserOrchestrator.class).run((context) -> {
			ResilienceOrchestrator orchestrator = context.getBean(OpenAIClient.class).orchestrator();
			orchestrator.hooks()
				.onRequestStart(orchestrator.newContext("models.list", null, "api.openai.com", 443, false,
						RequestOptions.NONE));
			assertThat(context.getBean(CountingHook.class).started).hasValue(1);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class CountingHook implements ClientHook {

		final AtomicInteger started = new AtomicInteger();

		@Override
		public void onRequestStart(RequestContext context) {
			this.started.incrementAndGet();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserOrchestrator {

		@Bean
		ResilienceOrchestrator userOrchestrator() {
			return ResilienceOrchestrator.builder().build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class QualifiedInjection {

		final ChatCompletionService tenantAChat;

		final ModelService localModels;

		QualifiedInjection(@Qualifier("tenant-a") ChatCompletionService tenantAChat,
				@Qualifier("local") ModelService localModels) {
			this.tenantAChat = tenantAChat;
			this.localModels = localModels;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserChatForA {

		static final ChatCompletionService CHAT = OpenAIClient.builder()
			.config(OpenAIConfig.builder().apiKey("sk-test-user").build())
			.build()
			.chatCompletions();

		@Bean
		@Qualifier("a")
		ChatCompletionService userChat() {
			return CHAT;
		}

		@Bean
		QualifiedChat qualifiedChat(@Qualifier("a") ChatCompletionService chat) {
			return new QualifiedChat(chat);
		}

	}

	record QualifiedChat(ChatCompletionService chat) {
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientForA {

		@Bean(destroyMethod = "close", defaultCandidate = false)
		@Qualifier("a")
		OpenAIClient userClientA() {
			return OpenAIClient.builder().config(OpenAIConfig.builder().apiKey("sk-test-user-a").build()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SecondClient {

		@Bean(destroyMethod = "close")
		OpenAIClient firstClient() {
			return OpenAIClient.builder().config(OpenAIConfig.builder().apiKey("sk-test-first").build()).build();
		}

		@Bean(destroyMethod = "close")
		OpenAIClient secondClient() {
			return OpenAIClient.builder().config(OpenAIConfig.builder().apiKey("sk-test-second").build()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Customizers {

		@Bean
		@Order(1)
		OpenAIConfigCustomizer everyClient() {
			return (builder) -> builder.defaultHeader("X-All", "yes");
		}

		@Bean
		@Qualifier("a")
		OpenAIConfigCustomizer onlyA() {
			return (builder) -> builder.defaultHeader("X-Only-A", "yes");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Tokens {

		@Bean
		TokenSupplier entraTokens() {
			return () -> Mono.just(new AccessToken("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.entra",
					java.time.Instant.now().plusSeconds(3600)));
		}

	}

}
