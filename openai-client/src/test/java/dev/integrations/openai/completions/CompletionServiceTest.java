package dev.integrations.openai.completions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.chat.FinishReason;
import dev.integrations.openai.chat.StopSequences;
import dev.integrations.openai.chat.StreamOptions;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.errors.RateLimitException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompletionServiceTest extends WireMockSupport {

	static final String COMPLETION = """
			{"id": "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7", "object": "text_completion", "created": 1589478378,
			 "model": "gpt-3.5-turbo-instruct", "system_fingerprint": "fp_44709d6fcb",
			 "choices": [{"text": "\\n\\nThis is indeed a test", "index": 0, "finish_reason": "length",
			              "logprobs": {"tokens": ["\\n\\n", "This", " is"], "token_logprobs": [null, -0.08, -0.51],
			                           "text_offset": [18, 20, 24],
			                           "top_logprobs": [null, {"This": -0.08, "It": -2.7}, {" is": -0.51}]}}],
			 "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12,
			           "completion_tokens_details": {"reasoning_tokens": 0}}}
			""";

	/** A generous timeout, so a slow first request on a busy machine is not retried. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createSendsEveryFieldAndParsesTheCompletion() {
		this.server.stubFor(post("/v1/completions").willReturn(okJson(COMPLETION)));
		CompletionRequest request = CompletionRequest.builder()
			.model("gpt-3.5-turbo-instruct")
			.prompt("Say this is a test")
			.bestOf(2)
			.echo(false)
			.frequencyPenalty(0.5)
			.logitBias("50256", -100)
			.logprobs(2)
			.maxTokens(7)
			.n(1)
			.presencePenalty(-0.5)
			.seed(42L)
			.stop("\n", "END")
			.suffix(" That is all.")
			.temperature(0.0)
			.topP(1.0)
			.user("user-1234")
			.putExtra("service_tier", "flex")
			.build();

		Completion completion = this.client.completions().create(request);

		assertThat(completion.text()).isEqualTo("\n\nThis is indeed a test");
		assertThat(completion.id()).isEqualTo("cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7");
		assertThat(completion.createdInstant()).isEqualTo(Instant.ofEpochSecond(1589478378));
		assertThat(completion.systemFingerprint()).isEqualTo("fp_44709d6fcb");
		assertThat(completion.finishReasons()).containsExactly("length");
		assertThat(completion.tokenUsage()).isEqualTo(new TokenUsage(5, 7));
		assertThat(completion.usage().completionTokensDetails().reasoningTokens()).isZero();
		CompletionChoice choice = completion.choices().get(0);
		assertThat(choice.finishReason()).isEqualTo(FinishReason.LENGTH);
		assertThat(choice.logprobs().tokens()).containsExactly("\n\n", "This", " is");
		assertThat(choice.logprobs().tokenLogprobs()).containsExactly(null, -0.08, -0.51);
		assertThat(choice.logprobs().textOffset()).containsExactly(18, 20, 24);
		assertThat(choice.logprobs().topLogprobs()).containsExactly(null, Map.of("This", -0.08, "It", -2.7),
				Map.of(" is", -0.51));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/completions"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withRequestBody(equalToJson("""
					{"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test", "best_of": 2, "echo": false,
					 "frequency_penalty": 0.5, "logit_bias": {"50256": -100}, "logprobs": 2, "max_tokens": 7, "n": 1,
					 "presence_penalty": -0.5, "seed": 42, "stop": ["\\n", "END"], "suffix": " That is all.",
					 "temperature": 0.0, "top_p": 1.0, "user": "user-1234", "service_tier": "flex"}
					""", false, false)));
	}

	@Test
	void createAsyncSendsEachPromptShapeAsTheApiExpectsAndReadsLeniently() {
		this.server.stubFor(post("/v1/completions").willReturn(okJson("""
				{"id": "cmpl-2", "object": "text_completion", "created": 1589478378, "model": "davinci-002",
				 "choices": [{"index": 0, "finish_reason": "tool_use_soon", "logprobs": null},
				             {"text": " world", "index": 1, "finish_reason": null, "logprobs": null}],
				 "provider": "compatible"}
				""")));
		List<CompletionPrompt> prompts = List.of(CompletionPrompt.of(""), CompletionPrompt.of(List.of("Hello", "Bye")),
				CompletionPrompt.ofTokens(List.of(1212, 318, 257, 1332, 13)),
				CompletionPrompt.ofTokenLists(List.of(List.of(1212, 318), List.of(257))));
		List<String> wire = List.of("\"\"", "[\"Hello\", \"Bye\"]", "[1212, 318, 257, 1332, 13]", "[[1212, 318], [257]]");

		for (int i = 0; i < prompts.size(); i++) {
			CompletionRequest request = CompletionRequest.builder().model("davinci-002").prompt(prompts.get(i)).build();
			StepVerifier.create(this.client.completions().createAsync(request)).assertNext((completion) -> {
				assertThat(completion.text()).isEmpty();
				assertThat(completion.choices()).extracting(CompletionChoice::finishReason)
					.containsExactly(FinishReason.UNKNOWN, null);
				assertThat(completion.usage()).isNull();
				assertThat(completion.tokenUsage()).isNull();
				assertThat(completion.extra()).containsEntry("provider", "compatible");
			}).verifyComplete();
			this.server.verify(postRequestedFor(urlEqualTo("/v1/completions")).withRequestBody(
					equalToJson("{\"model\": \"davinci-002\", \"prompt\": " + wire.get(i) + "}", false, false)));
			this.server.resetRequests();
		}
	}

	@Test
	void rateLimitIsTypedWithStatusTypeCodeAndRequestId() {
		this.server.stubFor(post("/v1/completions").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_cmpl429")
			.withHeader("retry-after-ms", "5")
			.withBody("""
					{"error": {"message": "You exceeded your current quota, please check your plan and billing details.",
					 "type": "insufficient_quota", "param": null, "code": "insufficient_quota"}}
					""")));

		assertThatThrownBy(() -> this.client.completions().create(CompletionRequest.builder()
			.model("gpt-3.5-turbo-instruct")
			.prompt("Say this is a test")
			.build())).isInstanceOfSatisfying(RateLimitException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(429);
				assertThat(ex.type()).isEqualTo("insufficient_quota");
				assertThat(ex.code()).isEqualTo("insufficient_quota");
				assertThat(ex.requestId()).isEqualTo("req_cmpl429");
			});
	}

	@Test
	void aSuccessAnsweredWithAnHtmlPageFailsTyped() {
		this.server.stubFor(post("/v1/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<html><body><h1>Captive portal</h1></body></html>")));

		assertThatThrownBy(() -> this.client.completions()
			.create(CompletionRequest.builder().model("gpt-3.5-turbo-instruct").prompt("Hi").build()))
			.isInstanceOf(OpenAIResponseException.class)
			.hasMessage("Expected application/json from 127.0.0.1 but got HTTP 200 OK with Content-Type text/html;charset=utf-8: Captive portal");
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/completions")));
	}

	@Test
	void invalidRequestsFailBeforeAnyRequestNamingTheWireField() {
		CompletionRequest.Builder valid = CompletionRequest.builder().model("gpt-3.5-turbo-instruct").prompt("Hi");
		assertField(() -> CompletionRequest.builder().prompt("Hi").build(), "model");
		assertField(() -> CompletionRequest.builder().model("gpt-3.5-turbo-instruct").build(), "prompt");
		assertField(() -> valid.build().toBuilder().bestOf(21).build(), "best_of");
		assertField(() -> valid.build().toBuilder().logprobs(6).build(), "logprobs");
		assertField(() -> valid.build().toBuilder().n(0).build(), "n");
		assertField(() -> valid.build().toBuilder().maxTokens(-1).build(), "max_tokens");
		assertField(() -> valid.build().toBuilder().temperature(2.5).build(), "temperature");
		assertField(() -> valid.build().toBuilder().topP(1.5).build(), "top_p");
		assertField(() -> valid.build().toBuilder().presencePenalty(3.0).build(), "presence_penalty");
		assertField(() -> valid.build().toBuilder().frequencyPenalty(-3.0).build(), "frequency_penalty");
		assertField(() -> valid.build().toBuilder().logitBias("50256", 101).build(), "logit_bias");
		assertField(() -> valid.build().toBuilder().stop(StopSequences.of("a", "b", "c", "d", "e")).build(), "stop");
		assertField(() -> CompletionPrompt.ofTokens(List.of()), "prompt");
		assertField(() -> CompletionPrompt.ofTokenLists(List.of(List.of(1), List.of())), "prompt");
		assertField(() -> CompletionPrompt.of(java.util.Arrays.asList("Hi", null)), "prompt");
		assertField(() -> CompletionPrompt.ofTokens(java.util.Arrays.asList(1212, null)), "prompt");
		assertField(() -> CompletionPrompt.ofTokenLists(java.util.Arrays.asList(List.of(1), null)), "prompt");
		assertThatThrownBy(() -> valid.build().toBuilder().n(3).bestOf(2).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("best_of"))
			.hasMessage("best_of must be at least n (3) when both are set, was 2");
		assertThat(valid.build().toBuilder().n(3).bestOf(3).build().bestOf()).isEqualTo(3);
		assertField(() -> this.client.completions()
			.create(valid.build().toBuilder().streamOptions(StreamOptions.withUsage()).build()), "stream_options");
		assertField(() -> this.client.completions().stream(valid.build().toBuilder().bestOf(3).build()), "best_of");
		StepVerifier.create(this.client.completions().streamAsync(valid.build().toBuilder().bestOf(3).build()))
			.expectError(OpenAIValidationException.class)
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
		assertThatThrownBy(call).isInstanceOfSatisfying(OpenAIValidationException.class,
				(ex) -> assertThat(ex.field()).isEqualTo(field));
	}

}
