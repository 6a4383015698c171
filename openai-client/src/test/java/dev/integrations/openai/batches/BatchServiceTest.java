package dev.integrations.openai.batches;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.VirtualTime;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.PageParams;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchServiceTest extends WireMockSupport {

	/**
	 * A generous response timeout: a slow first response on a loaded machine must not trigger a retry that would
	 * consume a state of the polling scenarios.
	 */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	static String batch(String status, String extra) {
		return """
				{
				  "id": "batch_abc123", "object": "batch", "endpoint": "/v1/chat/completions",
				  "errors": null, "input_file_id": "file-abc123", "completion_window": "24h",
				  "status": "%s", "output_file_id": null, "error_file_id": null,
				  "created_at": 1711471533, "in_progress_at": null, "expires_at": 1711557933,
				  "finalizing_at": null, "completed_at": null, "failed_at": null, "expired_at": null,
				  "cancelling_at": null, "cancelled_at": null,
				  "request_counts": {"total": 100, "completed": 40, "failed": 2},
				  "metadata": {"customer_id": "user_123456789", "batch_description": "Nightly eval job"}%s
				}
				""".formatted(status, extra);
	}

	private static final String COMPLETED_BATCH = """
			{
			  "id": "batch_abc123", "object": "batch", "endpoint": "/v1/completions", "model": "gpt-5-2025-08-07",
			  "errors": null, "input_file_id": "file-abc123", "completion_window": "24h", "status": "completed",
			  "output_file_id": "file-cvaTdG", "error_file_id": "file-HOWS94",
			  "created_at": 1711471533, "in_progress_at": 1711471538, "expires_at": 1711557933,
			  "finalizing_at": 1711493133, "completed_at": 1711493163, "failed_at": null, "expired_at": null,
			  "cancelling_at": null, "cancelled_at": null,
			  "request_counts": {"total": 100, "completed": 95, "failed": 5},
			  "usage": {"input_tokens": 1500, "input_tokens_details": {"cached_tokens": 1024},
			            "output_tokens": 500, "output_tokens_details": {"reasoning_tokens": 300}, "total_tokens": 2000},
			  "metadata": {"customer_id": "user_123456789", "batch_description": "Nightly eval job"}
			}
			""";

	@Test
	void createPostsEveryFieldAndParsesTheValidatingBatch() {
		this.server.stubFor(post("/v1/batches").willReturn(okJson(batch("validating", ""))));

		Batch batch = this.client.batches()
			.create(CreateBatchRequest.builder()
				.inputFileId("file-abc123")
				.endpoint(BatchEndpoint.CHAT_COMPLETIONS)
				.metadata("customer_id", "user_123456789")
				.metadata("batch_description", "Nightly eval job")
				.outputExpiresAfter(BatchOutputExpiration.afterCreation(Duration.ofDays(7)))
				.build());

		assertThat(batch.status()).isEqualTo(BatchStatus.VALIDATING);
		assertThat(batch.isTerminal()).isFalse();
		assertThat(batch.metadata()).containsEntry("batch_description", "Nightly eval job");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/batches"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{
					  "input_file_id": "file-abc123",
					  "endpoint": "/v1/chat/completions",
					  "completion_window": "24h",
					  "metadata": {"customer_id": "user_123456789", "batch_description": "Nightly eval job"},
					  "output_expires_after": {"anchor": "created_at", "seconds": 604800}
					}
					""", false, false)));
	}

	@Test
	void createAsyncSendsOnlyTheRequiredFields() {
		this.server.stubFor(post("/v1/batches").willReturn(okJson(batch("validating", ""))));

		StepVerifier.create(this.client.batches()
			.createAsync(CreateBatchRequest.builder()
				.inputFileId("file-abc123")
				.endpoint(BatchEndpoint.EMBEDDINGS)
				.build()))
			.assertNext((batch) -> assertThat(batch.id()).isEqualTo("batch_abc123"))
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/batches")).withRequestBody(equalToJson("""
				{"input_file_id": "file-abc123", "endpoint": "/v1/embeddings", "completion_window": "24h"}
				""", false, false)));
	}

	@Test
	void retrieveParsesTheCompletedBatchWithUsageAndTimestamps() {
		this.server.stubFor(get("/v1/batches/batch_abc123").willReturn(okJson(COMPLETED_BATCH)));

		Batch batch = this.client.batches().retrieve("batch_abc123");

		assertThat(batch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(batch.isTerminal()).isTrue();
		assertThat(batch.endpoint()).isEqualTo("/v1/completions");
		assertThat(batch.model()).isEqualTo("gpt-5-2025-08-07");
		assertThat(batch.outputFileId()).isEqualTo("file-cvaTdG");
		assertThat(batch.errorFileId()).isEqualTo("file-HOWS94");
		assertThat(batch.requestCounts()).isEqualTo(new BatchRequestCounts(100, 95, 5));
		assertThat(batch.usage()).isEqualTo(new BatchUsage(1500, new BatchUsage.InputTokensDetails(1024), 500,
				new BatchUsage.OutputTokensDetails(300), 2000));
		assertThat(batch.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1711471533));
		assertThat(batch.inProgressAtInstant()).isEqualTo(Instant.ofEpochSecond(1711471538));
		assertThat(batch.completedAtInstant()).isEqualTo(Instant.ofEpochSecond(1711493163));
		assertThat(batch.failedAtInstant()).isNull();
		assertThat(batch.cancelledAt()).isNull();
		assertThat(batch.errors()).isNull();
		this.server.verify(getRequestedFor(urlEqualTo("/v1/batches/batch_abc123")));
	}

	@Test
	void failedBatchCarriesItsValidationErrorsAndAnUnknownStatusDoesNotBreakParsing() {
		this.server.stubFor(get("/v1/batches/batch_failed").willReturn(okJson(batch("failed", """
				, "errors": {"object": "list", "data": [
				    {"code": "invalid_json_line", "message": "This line is not parseable as valid JSON.",
				     "param": null, "line": 3}]}
				""").replace("batch_abc123", "batch_failed"))));
		this.server.stubFor(get("/v1/batches/batch_new").willReturn(okJson(batch("rehydrating", ""))));

		Batch failed = this.client.batches().retrieve("batch_failed");
		Batch unknown = this.client.batches().retrieve("batch_new");

		assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.errors().data()).containsExactly(
				new BatchError("invalid_json_line", "This line is not parseable as valid JSON.", null, 3));
		assertThat(unknown.status()).isEqualTo(BatchStatus.UNKNOWN);
		assertThat(unknown.isTerminal()).isFalse();
	}

	@Test
	void listSendsCursorAndLimitAndThePagerFollowsLastId() {
		this.server.stubFor(get(urlPathEqualTo("/v1/batches")).withQueryParam("after", absent())
			.willReturn(okJson("""
					{"object": "list", "data": [%s], "first_id": "batch_abc123", "last_id": "batch_abc123",
					 "has_more": true}
					""".formatted(batch("in_progress", "")))));
		this.server.stubFor(get(urlPathEqualTo("/v1/batches")).withQueryParam("after", equalTo("batch_abc123"))
			.willReturn(okJson("""
					{"object": "list", "data": [%s], "first_id": "batch_abc456", "last_id": "batch_abc456",
					 "has_more": false}
					""".formatted(COMPLETED_BATCH.replace("batch_abc123", "batch_abc456")))));

		ListResponse<Batch> page = this.client.batches().list(PageParams.limit(1));
		List<String> all = this.client.batches().listAutoPaging(PageParams.limit(1)).stream().map(Batch::id).toList();

		assertThat(page.hasMore()).isTrue();
		assertThat(page.data()).extracting(Batch::status).containsExactly(BatchStatus.IN_PROGRESS);
		assertThat(all).containsExactly("batch_abc123", "batch_abc456");
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/batches?limit=1")));
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/batches?after=batch_abc123&limit=1")));
	}

	@Test
	void cancelPostsWithoutBodyAndReturnsTheCancellingBatch() {
		this.server.stubFor(post("/v1/batches/batch_abc123/cancel")
			.willReturn(okJson(batch("cancelling", "").replace("\"cancelling_at\": null", "\"cancelling_at\": 1711475133"))));

		Batch batch = this.client.batches().cancel("batch_abc123");

		assertThat(batch.status()).isEqualTo(BatchStatus.CANCELLING);
		assertThat(batch.cancellingAtInstant()).isEqualTo(Instant.ofEpochSecond(1711475133));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/batches/batch_abc123/cancel"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY)));
	}

	@Test
	void retrieveOfAnUnknownBatchRaisesNotFound() {
		this.server.stubFor(get("/v1/batches/batch_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_batch404")
			.withBody("""
					{"error": {"message": "No batch found with id 'batch_missing'.", "type": "invalid_request_error",
					 "param": null, "code": null}}
					""")));

		StepVerifier.create(this.client.batches().retrieveAsync("batch_missing"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(NotFoundException.class, (notFound) -> {
				assertThat(notFound.requestId()).isEqualTo("req_batch404");
				assertThat(notFound.getMessage()).contains("No batch found");
			}))
			.verify();
	}

	@Test
	void awaitCompletionPollsUntilTheBatchIsCompletedWithoutWaiting() {
		stubStatuses("validating", "in_progress", "finalizing", "completed");
		VirtualTime time = new VirtualTime();

		Batch batch = this.client.batches()
			.awaitCompletion("batch_abc123", time.poller(Duration.ofSeconds(30), Duration.ofHours(24)));

		assertThat(batch.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(time.sleeps()).hasSize(3).allMatch(Duration.ofSeconds(30)::equals);
		this.server.verify(4, getRequestedFor(urlEqualTo("/v1/batches/batch_abc123")));
	}

	@Test
	void awaitCompletionAsyncStopsAtAnyTerminalStatusSuchAsExpired() {
		stubStatuses("in_progress", "expired");
		VirtualTime time = new VirtualTime();

		StepVerifier.create(this.client.batches()
			.awaitCompletionAsync("batch_abc123", time.poller(Duration.ofMinutes(1), Duration.ofHours(1))))
			.assertNext((batch) -> assertThat(batch.status()).isEqualTo(BatchStatus.EXPIRED))
			.verifyComplete();
	}

	@Test
	void awaitCompletionFailsWithATimeoutNamingTheBatchAndItsStatus() {
		this.server.stubFor(get("/v1/batches/batch_abc123").willReturn(okJson(batch("in_progress", ""))));
		VirtualTime time = new VirtualTime();

		assertThatThrownBy(() -> this.client.batches()
			.awaitCompletion("batch_abc123", time.poller(Duration.ofMinutes(1), Duration.ofMinutes(2))))
			.isInstanceOf(OpenAITimeoutException.class)
			.hasMessage("Gave up waiting after PT2M: batch batch_abc123 is still in_progress");
		this.server.verify(3, getRequestedFor(urlEqualTo("/v1/batches/batch_abc123")));
	}

	@Test
	void invalidRequestsAreRejectedBeforeAnyCall() {
		assertThatThrownBy(() -> CreateBatchRequest.builder().endpoint(BatchEndpoint.RESPONSES).build())
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessage("input_file_id must not be blank");
		assertThatThrownBy(() -> CreateBatchRequest.builder().inputFileId("file-abc123").build())
			.hasMessage("endpoint is required");
		assertThatThrownBy(() -> BatchOutputExpiration.afterCreation(Duration.ofMinutes(30)))
			.hasMessage("output_expires_after.seconds must be between 3600 and 2592000, was 1800");
		assertThatThrownBy(() -> this.client.batches().list(PageParams.limit(101)))
			.hasMessage("limit must be between 1 and 100, was 101");
		StepVerifier.create(this.client.batches().cancelAsync(" "))
			.expectErrorMessage("batch_id must not be blank")
			.verify();
		StepVerifier.create(this.client.batches().awaitCompletionAsync("", Duration.ofMinutes(1)))
			.expectErrorMessage("batch_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	private void stubStatuses(String... statuses) {
		String state = Scenario.STARTED;
		for (int i = 0; i < statuses.length; i++) {
			String next = (i + 1 < statuses.length) ? "poll-" + (i + 1) : state;
			this.server.stubFor(get("/v1/batches/batch_abc123").inScenario("statuses")
				.whenScenarioStateIs(state)
				.willReturn(okJson(batch(statuses[i], "")))
				.willSetStateTo(next));
			state = next;
		}
	}

}
