package dev.integrations.openai.autoconfigure;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.auth.AuthProvider;
import dev.integrations.openai.autoconfigure.metrics.OpenAIMetricsAutoConfiguration;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.transport.ApiRequest;
import dev.integrations.openai.transport.OpenAIJson;
import dev.integrations.openai.transport.WebClientTransports;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token usage from a chat-completion-shaped response reaches {@code gen_ai.client.token.usage} through the
 * auto-configured orchestrator and metric hooks. No chat service exists on this branch yet, so the call is made on
 * an {@link ApiExecutor} with a test-only response type implementing {@link ModelResponse}, as every model response
 * of the client does.
 */
class TokenUsageMetricsIntegrationTests {

	static final String CHAT_COMPLETION = """
			{
			  "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
			  "object": "chat.completion",
			  "created": 1741569952,
			  "model": "gpt-4.1-2025-04-14",
			  "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello! How can I assist you today?",
			    "refusal": null, "annotations": []}, "logprobs": null, "finish_reason": "stop"}],
			  "usage": {"prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29,
			    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
			    "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
			      "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
			  "service_tier": "default"
			}
			""";

	private WireMockServer server;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void tokensDurationAndRateLimitsOfAChatCallLandInTheMeters() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(CHAT_COMPLETION)
			.withHeader("x-ratelimit-remaining-requests", "9999")
			.withHeader("x-ratelimit-remaining-tokens", "199971")));

		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class, OpenAIMetricsAutoConfiguration.class,
					ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
					SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
			.withPropertyValues("openai.api-key=sk-test-SECRET0123456789abcdef",
					"openai.base-url=http://127.0.0.1:" + this.server.port() + "/v1")
			.run((context) -> {
				OpenAIConfig config = context.getBean(OpenAIConfig.class);
				ApiExecutor executor = new ApiExecutor(
						WebClientTransports.create(WebClient.builder(), new ReactorClientHttpConnector(), config,
								context.getBean(AuthProvider.class), OpenAIJson.mapper()),
						context.getBean(ResilienceOrchestrator.class), config.host(), this.server.port());

				ChatCompletionStandIn completion = executor.blocking(ApiRequest.post("/chat/completions")
					.operation("chat.completions.create")
					.model("gpt-4.1")
					.jsonBody(Map.of("model", "gpt-4.1", "messages", List.of(Map.of("role", "user", "content", "Hello!"))))
					.build(), ChatCompletionStandIn.class);

				assertThat(completion.usage().totalTokens()).isEqualTo(29);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("gen_ai.client.token.usage")
					.tags("gen_ai.token.type", "input", "gen_ai.operation.name", "chat", "gen_ai.request.model",
							"gpt-4.1", "gen_ai.response.model", "gpt-4.1-2025-04-14")
					.summary()
					.totalAmount()).isEqualTo(19);
				assertThat(registry.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "output")
					.summary()
					.totalAmount()).isEqualTo(10);
				assertThat(registry.get("gen_ai.client.operation.duration")
					.tags("gen_ai.operation.name", "chat", "gen_ai.response.model", "gpt-4.1-2025-04-14")
					.timer()
					.count()).isEqualTo(1);
				assertThat(registry.get("openai.client.ratelimit.remaining.requests").gauge().value()).isEqualTo(9999);
				assertThat(registry.get("openai.client.ratelimit.remaining.tokens").gauge().value())
					.isEqualTo(199971);
			});
	}

	/**
	 * The part of a chat completion that metrics read.
	 */
	record ChatCompletionStandIn(String id, @Nullable String model, Usage usage) implements ModelResponse {

		@Override
		public TokenUsage tokenUsage() {
			return new TokenUsage(this.usage.promptTokens(), this.usage.completionTokens());
		}

	}

	record Usage(long promptTokens, long completionTokens, long totalTokens) {
	}

}
