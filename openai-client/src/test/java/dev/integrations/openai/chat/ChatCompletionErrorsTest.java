package dev.integrations.openai.chat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.errors.AuthenticationException;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.ErrorCategory;
import dev.integrations.openai.errors.RateLimitException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatCompletionErrorsTest extends ChatWireMockTest {

	private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addUserMessage("Hello!")
		.build();

	private static ResponseDefinitionBuilder error(int status, String requestId,
			String body) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", requestId)
			.withBody(body);
	}

	@Test
	void badRequestIsTypedAndNotRetried() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(error(400, "req_400chat", """
				{"error": {"message": "Invalid value for 'temperature': must be between 0 and 2 for this model.",
				 "type": "invalid_request_error", "param": "temperature", "code": "invalid_value"}}
				""")));

		assertThatThrownBy(() -> this.client.chatCompletions().create(REQUEST))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.param()).isEqualTo("temperature");
				assertThat(ex.code()).isEqualTo("invalid_value");
				assertThat(ex.requestId()).isEqualTo("req_400chat");
				assertThat(ex.isRetryable()).isFalse();
			});
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void unauthorizedIsTypedAndNeverEchoesTheKey() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(error(401, "req_401chat", """
				{"error": {"message": "Incorrect API key provided: sk-test-**********cdef. You can find your API key at https://platform.openai.com/account/api-keys.",
				 "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}
				""")));

		StepVerifier.create(this.client.chatCompletions().createAsync(REQUEST))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(AuthenticationException.class);
				assertThat(((AuthenticationException) error).category()).isEqualTo(ErrorCategory.AUTHENTICATION);
				assertThat(error.getMessage()).contains("invalid_api_key").doesNotContain(API_KEY);
				assertThat(error.toString()).doesNotContain(API_KEY);
			})
			.verify();
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void rateLimitIsRetriedAfterTheAdvisedDelayThenSucceeds() {
		this.server.stubFor(post("/v1/chat/completions").inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(error(429, "req_429chat", """
					{"error": {"message": "Rate limit reached for gpt-4o-mini in organization org-test123 on requests per min (RPM): Limit 3, Used 3, Requested 1.",
					 "type": "requests", "param": null, "code": "rate_limit_exceeded"}}
					""").withHeader("retry-after-ms", "5"))
			.willSetStateTo("cooled"));
		this.server.stubFor(post("/v1/chat/completions").inScenario("rate").whenScenarioStateIs("cooled")
			.willReturn(okJson(ChatCompletionCreateTest.COMPLETION)));

		ChatCompletion completion = this.client.chatCompletions().create(REQUEST);

		assertThat(completion.id()).isEqualTo("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG");
		this.server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void rateLimitThatPersistsGivesUpWithTheTypedError() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(error(429, "req_429again", """
				{"error": {"message": "You exceeded your current quota, please check your plan and billing details.",
				 "type": "insufficient_quota", "param": null, "code": "insufficient_quota"}}
				""")));

		StepVerifier.create(this.client.chatCompletions().streamAsync(REQUEST))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(RateLimitException.class,
					(ex) -> assertThat(ex.requestId()).isEqualTo("req_429again")))
			.verify();
		this.server.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void theApiKeyIsInNoToString() {
		assertThat(this.client.toString()).doesNotContain(API_KEY);
		assertThat(this.client.config().toString()).doesNotContain(API_KEY);
		assertThat(this.client.chatCompletions().toString()).doesNotContain(API_KEY);
		assertThat(REQUEST.toString()).doesNotContain(API_KEY);
		assertThat(ChatCompletionRequest.builder().toString()).doesNotContain(API_KEY);
	}

}
