package dev.integrations.openai.autoconfigure;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.auth.AccessToken;
import dev.integrations.openai.auth.TokenSupplier;
import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.chat.FinishReason;
import dev.integrations.openai.errors.AuthenticationException;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A named Azure OpenAI client next to the OpenAI one, against WireMock serving bodies shaped like Azure's (written
 * from Azure OpenAI's documented formats, not recorded from a live resource): both URL forms, the {@code api-key}
 * header, Entra ID tokens, Azure's error bodies and content-filter results.
 */
class AzureOpenAIWireMockTests {

	static final String AZURE_KEY = "0123456789abcdef0123456789abcdef";

	static final String COMPLETION = """
			{"id": "chatcmpl-AZ9x1", "object": "chat.completion", "created": 1733490000, "model": "gpt-4o-2024-08-06",
			 "system_fingerprint": "fp_04751d0b65",
			 "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": {
			   "hate": {"filtered": false, "severity": "safe"}, "self_harm": {"filtered": false, "severity": "safe"},
			   "sexual": {"filtered": false, "severity": "safe"}, "violence": {"filtered": false, "severity": "safe"}}}],
			 "choices": [{"index": 0, "finish_reason": "stop", "logprobs": null,
			   "message": {"role": "assistant", "content": "Bonjour !", "refusal": null},
			   "content_filter_results": {"hate": {"filtered": false, "severity": "safe"},
			     "self_harm": {"filtered": false, "severity": "safe"}, "sexual": {"filtered": false, "severity": "safe"},
			     "violence": {"filtered": false, "severity": "safe"}}}],
			 "usage": {"prompt_tokens": 12, "completion_tokens": 3, "total_tokens": 15}}
			""";

	static final String CONTENT_FILTERED_PROMPT = """
			{"error": {"message": "The response was filtered due to the prompt triggering Azure OpenAI's content \
			management policy. Please modify your prompt and retry.", "type": null, "param": "prompt",
			 "code": "content_filter", "status": 400,
			 "innererror": {"code": "ResponsibleAIPolicyViolation", "content_filter_result": {
			   "hate": {"filtered": false, "severity": "safe"}, "jailbreak": {"filtered": true, "detected": true},
			   "self_harm": {"filtered": false, "severity": "safe"}, "sexual": {"filtered": false, "severity": "safe"},
			   "violence": {"filtered": false, "severity": "safe"}}}}}
			""";

	private WireMockServer server;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
			.withPropertyValues("openai.api-key=sk-test-openai-top-level", "openai.retry.initial-backoff=1ms",
					"openai.clients.azure.provider=azure",
					"openai.clients.azure.base-url=" + this.server.baseUrl() + "/openai",
					"openai.clients.azure.azure.api-version=2024-10-21",
					"openai.clients.azure.azure.deployments.gpt-4o=gpt4o-prod");
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void deploymentFormRoutesTheModelToItsDeploymentWithApiVersionAndApiKeyHeader() {
		this.server.stubFor(post("/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21")
			.willReturn(okJson(COMPLETION)));
		this.contextRunner.withPropertyValues("openai.clients.azure.api-key=" + AZURE_KEY).run((context) -> {
			ChatCompletion completion = azureChat(context).create(request("gpt-4o"));
			assertThat(completion.choices().get(0).message().content()).isEqualTo("Bonjour !");
			assertThat(completion.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
			this.server.verify(postRequestedFor(
					urlEqualTo("/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21"))
				.withHeader("api-key", equalTo(AZURE_KEY))
				.withHeader("Authorization", absent())
				.withRequestBody(equalToJson("""
						{"model": "gpt-4o", "messages": [{"role": "user", "content": "Dis bonjour"}]}
						""", false, false)));
		});
	}

	@Test
	void aModelWithoutDeploymentEntryIsItsOwnDeploymentName() {
		this.server.stubFor(post("/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21")
			.willReturn(okJson(COMPLETION)));
		this.contextRunner.withPropertyValues("openai.clients.azure.api-key=" + AZURE_KEY)
			.run((context) -> assertThat(azureChat(context).create(request("gpt-4o-mini")).id()).isEqualTo("chatcmpl-AZ9x1"));
	}

	@Test
	void v1FormKeepsOpenAIsPaths() {
		this.server.stubFor(post("/openai/v1/chat/completions").willReturn(okJson(COMPLETION)));
		this.contextRunner
			.withPropertyValues("openai.clients.azure.api-key=" + AZURE_KEY,
					"openai.clients.azure.base-url=" + this.server.baseUrl() + "/openai/v1",
					"openai.clients.azure.azure.api-version=")
			.run((context) -> {
				assertThat(azureChat(context).create(request("gpt-4o")).model()).isEqualTo("gpt-4o-2024-08-06");
				this.server.verify(postRequestedFor(urlEqualTo("/openai/v1/chat/completions"))
					.withHeader("api-key", equalTo(AZURE_KEY)));
			});
	}

	@Test
	void entraIdTokensAreSentAsBearerAndFetchedOnceWhileValid() {
		this.server.stubFor(post("/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21")
			.willReturn(okJson(COMPLETION)));
		this.contextRunner.withUserConfiguration(EntraTokens.class).run((context) -> {
			ChatCompletionService chat = azureChat(context);
			chat.create(request("gpt-4o"));
			chat.createAsync(request("gpt-4o")).block();
			assertThat(context.getBean(EntraTokens.class).fetches.get()).isEqualTo(1);
			this.server.verify(2, postRequestedFor(
					urlEqualTo("/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21"))
				.withHeader("Authorization", equalTo("Bearer " + EntraTokens.TOKEN))
				.withHeader("api-key", absent()));
		});
	}

	@Test
	void aContentFilteredPromptIsABadRequestWithTheContentFilterCode() {
		this.server.stubFor(post("/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21")
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withHeader("apim-request-id", "0b3c5e0e-6c2b-4a8e-9d3f-1f2e3d4c5b6a")
				.withBody(CONTENT_FILTERED_PROMPT)));
		this.contextRunner.withPropertyValues("openai.clients.azure.api-key=" + AZURE_KEY)
			.run((context) -> assertThatExceptionOfType(BadRequestException.class)
				.isThrownBy(() -> azureChat(context).create(request("gpt-4o")))
				.satisfies((ex) -> {
					assertThat(ex.statusCode()).isEqualTo(400);
					assertThat(ex.code()).isEqualTo("content_filter");
					assertThat(ex.param()).isEqualTo("prompt");
					assertThat(ex.error().message()).contains("content management policy");
				}));
	}

	@Test
	void aFilteredCompletionEndsWithTheContentFilterFinishReason() {
		this.server.stubFor(post("/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21")
			.willReturn(okJson(COMPLETION.replace("\"finish_reason\": \"stop\"", "\"finish_reason\": \"content_filter\"")
				.replace("\"content\": \"Bonjour !\"", "\"content\": null"))));
		this.contextRunner.withPropertyValues("openai.clients.azure.api-key=" + AZURE_KEY)
			.run((context) -> assertThat(azureChat(context).create(request("gpt-4o")).choices().get(0).finishReason())
				.isEqualTo(FinishReason.CONTENT_FILTER));
	}

	@Test
	void azuresAccessDeniedAndDeploymentNotFoundBodiesMapToTypedErrors() {
		this.server.stubFor(post("/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21")
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"code": "401", "message": "Access denied due to invalid subscription key or wrong API \
					endpoint. Make sure to provide a valid key for an active subscription and use a correct regional \
					API endpoint for your resource."}}
					""")));
		this.server.stubFor(post("/openai/deployments/o3-mini/chat/completions?api-version=2024-10-21")
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"code": "DeploymentNotFound", "message": "The API deployment for this resource does \
					not exist. If you created the deployment within the last 5 minutes, please wait a moment and try \
					again."}}
					""")));
		this.contextRunner.withPropertyValues("openai.clients.azure.api-key=" + AZURE_KEY).run((context) -> {
			assertThatExceptionOfType(AuthenticationException.class)
				.isThrownBy(() -> azureChat(context).create(request("gpt-4o")))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("401"))
				.withMessageNotContaining(AZURE_KEY);
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> azureChat(context).create(request("o3-mini")))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("DeploymentNotFound"));
		});
	}

	private static ChatCompletionService azureChat(
			org.springframework.context.ApplicationContext context) {
		return context.getBean(OpenAIClients.class).get("azure").chatCompletions();
	}

	private static ChatCompletionRequest request(String model) {
		return ChatCompletionRequest.builder().model(model).addUserMessage("Dis bonjour").build();
	}

	@Configuration(proxyBeanMethods = false)
	static class EntraTokens {

		static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJjb2duaXRpdmVzZXJ2aWNlcyJ9.sig";

		final AtomicInteger fetches = new AtomicInteger();

		@Bean
		TokenSupplier entraTokens() {
			return () -> Mono.fromSupplier(() -> {
				this.fetches.incrementAndGet();
				return new AccessToken(TOKEN, Instant.now().plusSeconds(3600));
			});
		}

	}

}
