package dev.integrations.openai.common;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.embeddings.EmbeddingRequest;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.errors.RateLimitException;
import dev.integrations.openai.files.FileListParams;
import dev.integrations.openai.files.FileService;
import dev.integrations.openai.responses.ResponseRequest;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestOptionsTest extends WireMockSupport {

	private static final String FILES = """
			{"object": "list", "data": [{"id": "file-abc123", "object": "file", "bytes": 140,
			 "created_at": 1719186911, "filename": "training_examples.jsonl", "purpose": "fine-tune",
			 "status": "processed"}], "first_id": "file-abc123", "last_id": "file-abc123", "has_more": false}
			""";

	private static final String EMBEDDINGS = """
			{"object": "list", "data": [{"object": "embedding", "index": 0,
			 "embedding": [0.0023064255, -0.009327292, 0.015797347]}],
			 "model": "text-embedding-3-small", "usage": {"prompt_tokens": 8, "total_tokens": 8}}
			""";

	private static final String SERVER_ERROR = """
			{"error": {"message": "The server had an error while processing your request.", "type": "server_error",
			 "param": null, "code": null}}
			""";

	private static final ChatCompletionRequest CHAT = ChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addUserMessage("Say hello.")
		.build();

	private static final ResponseRequest STORY = ResponseRequest.builder()
		.model("gpt-4.1")
		.input("Tell me a three sentence bedtime story about a unicorn.")
		.build();

	@Test
	void extraHeadersAndQueryParametersOfStackedViewsAreSentWithTheCall() {
		this.server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson(FILES)));
		FileService traced = this.client.files()
			.withOptions(RequestOptions.builder().header("X-Trace-Id", "trace-4f1c").queryParam("beta", "true").build())
			.withOptions(RequestOptions.builder().header("X-Tenant", "acme").build());

		List<String> ids = traced.list(FileListParams.DEFAULTS).data().stream().map((file) -> file.id()).toList();
		this.client.files().list(FileListParams.DEFAULTS);

		assertThat(ids).containsExactly("file-abc123");
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/files?beta=true"))
			.withHeader("X-Trace-Id", equalTo("trace-4f1c"))
			.withHeader("X-Tenant", equalTo("acme"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY)));
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/files")).withHeader("X-Trace-Id", absent()));
	}

	@Test
	void organizationAndProjectOverridesReplaceTheClientsOwn() {
		this.server.stubFor(post("/v1/embeddings").willReturn(okJson(EMBEDDINGS)));

		this.client.embeddings()
			.withOptions(RequestOptions.builder().organization("org-other789").project("proj_other012").build())
			.create(EmbeddingRequest.builder().model("text-embedding-3-small").input("The food was delicious.").build());
		this.client.embeddings()
			.create(EmbeddingRequest.builder().model("text-embedding-3-small").input("The food was delicious.").build());

		List<ServeEvent> calls = this.server.getAllServeEvents();
		assertThat(calls).hasSize(2);
		// served newest first
		assertThat(calls.get(1).getRequest().getHeaders().getHeader("OpenAI-Organization").values())
			.containsExactly("org-other789");
		assertThat(calls.get(1).getRequest().getHeaders().getHeader("OpenAI-Project").values())
			.containsExactly("proj_other012");
		assertThat(calls.get(0).getRequest().getHeaders().getHeader("OpenAI-Organization").values())
			.containsExactly("org-test123");
	}

	@Test
	void timeoutOptionEndsACallTheConfiguredTimeoutWouldStillWaitFor() {
		this.server.stubFor(post("/v1/chat/completions")
			.willReturn(okJson("{\"id\": \"chatcmpl-late\"}").withFixedDelay(10_000)));

		assertThatThrownBy(() -> this.client.chatCompletions()
			.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(0).build())
			.create(CHAT))
			.isInstanceOfSatisfying(OpenAITimeoutException.class, (timeout) -> {
				assertThat(timeout.timeout()).isEqualTo(Duration.ofMillis(300));
				assertThat(timeout.attempts()).isEqualTo(1);
			});
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void maxRetriesZeroMakesOneAttemptAndTheErrorCountsIt() {
		this.server.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody(SERVER_ERROR)));

		assertThatThrownBy(() -> this.client.responses()
			.withOptions(RequestOptions.builder().maxRetries(0).build())
			.create(STORY))
			.isInstanceOfSatisfying(InternalServerException.class, (error) -> assertThat(error.attempts()).isOne());
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/responses")));
	}

	@Test
	void maxRetriesAboveTheConfiguredTwoRetriesThatOften() {
		this.server.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody(SERVER_ERROR)));

		assertThatThrownBy(() -> this.client.responses()
			.withOptions(RequestOptions.builder().maxRetries(3).build())
			.createAsync(STORY)
			.block())
			.isInstanceOfSatisfying(InternalServerException.class, (error) -> assertThat(error.attempts()).isEqualTo(4));
		this.server.verify(4, postRequestedFor(urlEqualTo("/v1/responses")));
		this.server.resetRequests();

		assertThatThrownBy(() -> this.client.responses().create(STORY))
			.isInstanceOfSatisfying(InternalServerException.class, (error) -> assertThat(error.attempts()).isEqualTo(3));
		this.server.verify(3, postRequestedFor(urlEqualTo("/v1/responses")));
	}

	@Test
	void rateLimitErrorCarriesItsHeadersParsedRateLimitsAndAttempts() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Request-Id", "req_429abc")
			.withHeader("x-ratelimit-limit-tokens", "30000")
			.withHeader("x-ratelimit-remaining-tokens", "0")
			.withHeader("x-ratelimit-reset-tokens", "1m30s")
			.withHeader("x-ratelimit-remaining-requests", "499")
			.withBody("""
					{"error": {"message": "Rate limit reached for gpt-4o-mini on tokens per min (TPM): Limit 30000,\
					 Used 30000, Requested 18.", "type": "tokens", "param": null, "code": "rate_limit_exceeded"}}
					""")));

		assertThatThrownBy(() -> this.client.chatCompletions()
			.withOptions(RequestOptions.builder().maxRetries(1).build())
			.create(CHAT))
			.isInstanceOfSatisfying(RateLimitException.class, (error) -> {
				assertThat(error.header("x-request-id")).isEqualTo("req_429abc");
				assertThat(error.headers().first("X-RATELIMIT-LIMIT-TOKENS")).isEqualTo("30000");
				assertThat(error.rateLimit()).isEqualTo(new RateLimitHeaders(null, 499L, null, 30000L, 0L,
						Duration.ofSeconds(90)));
				assertThat(error.attempts()).isEqualTo(2);
			});
		this.server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void probeMarkSurvivesMergingAndShowsInToString() {
		RequestOptions probe = RequestOptions.builder().probe().build();

		assertThat(RequestOptions.NONE.probe()).isFalse();
		assertThat(RequestOptions.NONE.merge(probe).probe()).isTrue();
		assertThat(probe.merge(RequestOptions.builder().maxRetries(0).build()).probe()).isTrue();
		assertThat(probe.toString()).contains("probe=true");
	}

	@Test
	void optionsRefuseToReplaceTheCredentialsOrSendBrokenHeaders() {
		assertThatThrownBy(() -> RequestOptions.builder().header("authorization", "Bearer sk-other"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Authorization");
		assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace-Id", "a\r\nInjected: yes"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(RequestOptions.builder().header("X-Api-Secret", "s3cr3t").build().toString())
			.doesNotContain("s3cr3t");
	}

}
