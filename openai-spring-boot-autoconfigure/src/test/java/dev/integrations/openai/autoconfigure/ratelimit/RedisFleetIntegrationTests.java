package dev.integrations.openai.autoconfigure.ratelimit;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.autoconfigure.OpenAIAutoConfiguration;
import dev.integrations.openai.errors.RateLimitException;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.client.OpenAIClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two instances of one application (two application contexts, each with its own client, Lettuce connection and
 * store) configured with {@code openai.rate-limit.store=redis} share one budget in a real Redis: once the first used
 * it up, the second's call is refused before it is sent.
 */
@Tag("redis")
class RedisFleetIntegrationTests {

	@RegisterExtension
	static final RedisServer redis = new RedisServer();

	private static final String COMPLETION = """
			{"id": "chatcmpl-B9MHDbslfkBeAs8l4", "object": "chat.completion", "created": 1741570283,
			 "model": "gpt-4o-mini-2024-07-18",
			 "choices": [{"index": 0, "finish_reason": "stop", "logprobs": null,
			   "message": {"role": "assistant", "content": "Hello! How can I help?", "refusal": null}}],
			 "usage": {"prompt_tokens": 9, "completion_tokens": 7, "total_tokens": 16}}
			""";

	private static final ChatCompletionRequest HELLO = ChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addUserMessage("Say hello")
		.build();

	private WireMockServer server;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void secondInstanceIsRefusedBeforeSendingOnceTheFirstUsedTheSharedBudget() {
		instance().run((first) -> instance().run((second) -> {
			ChatCompletionService firstChat = first.getBean(OpenAIClient.class).chatCompletions();
			assertThat(firstChat.create(HELLO).content()).isEqualTo("Hello! How can I help?");
			assertThat(firstChat.create(HELLO).content()).isEqualTo("Hello! How can I help?");

			assertThatExceptionOfType(RateLimitException.class)
				.isThrownBy(() -> second.getBean(OpenAIClient.class).chatCompletions().create(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.isBeforeSending()).isTrue();
					assertThat(ex.retryAfter()).hasValueSatisfying(
						(retryAfter) -> assertThat(retryAfter).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(31)));
				});
			this.server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));

			RedisRateLimitStoreHealthIndicator health = second.getBean(RedisRateLimitStoreHealthIndicator.class);
			assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			assertThat(health.health().getDetails()).containsEntry("store", "redis");
		}));
	}

	private ApplicationContextRunner instance() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class,
					OpenAIRateLimitStoreAutoConfiguration.class, DataRedisAutoConfiguration.class))
			.withPropertyValues("openai.api-key=sk-test-fleet",
					"openai.base-url=http://127.0.0.1:" + this.server.port() + "/v1", "openai.retry.max-retries=0",
					"openai.rate-limit.mode=fail", "openai.rate-limit.store=redis",
					"openai.rate-limit.redis.requests-per-minute=2", "openai.rate-limit.redis.timeout=30s",
					"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port());
	}

}
