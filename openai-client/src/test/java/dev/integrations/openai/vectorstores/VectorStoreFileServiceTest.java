package dev.integrations.openai.vectorstores;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.VirtualTime;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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

class VectorStoreFileServiceTest extends WireMockSupport {

	private static final String FILES = "/v1/vector_stores/vs_abc123/files";

	private static final String BATCH = "/v1/vector_stores/vs_abc123/file_batches/vsfb_abc123";

	private final VirtualTime time = new VirtualTime();

	private static String file(String status) {
		return """
				{"id": "file-abc123", "object": "vector_store.file", "usage_bytes": 1234, "created_at": 1698107661,
				 "vector_store_id": "vs_abc123", "status": "%s", "last_error": %s,
				 "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
				 "attributes": {"category": "handbook", "year": 2024, "public": false}}
				""".formatted(status, "failed".equals(status)
				? "{\"code\": \"unsupported_file\", \"message\": \"The file type is not supported.\"}" : "null");
	}

	private static String batch(String status, int inProgress, int completed) {
		return """
				{"id": "vsfb_abc123", "object": "vector_store.files_batch", "created_at": 1698107661,
				 "vector_store_id": "vs_abc123", "status": "%s",
				 "file_counts": {"in_progress": %d, "completed": %d, "failed": 0, "cancelled": 0, "total": 2}}
				""".formatted(status, inProgress, completed);
	}

	private static String fileList() {
		return """
				{"object": "list", "data": [%s], "first_id": "file-abc123", "last_id": "file-abc123", "has_more": false}
				""".formatted(file("completed"));
	}

	private void stubSequence(String path, String... bodies) {
		String state = Scenario.STARTED;
		for (int i = 0; i < bodies.length; i++) {
			String next = "state-" + (i + 1);
			this.server.stubFor(get(path).inScenario(path)
				.whenScenarioStateIs(state)
				.willSetStateTo(next)
				.willReturn(okJson(bodies[i])));
			state = next;
		}
	}

	@Test
	void createFileSendsChunkingAndAttributesAndParsesTheFile() {
		this.server.stubFor(post(FILES).willReturn(okJson(file("in_progress"))));

		VectorStoreFile created = this.client.vectorStores()
			.files()
			.create("vs_abc123", new VectorStoreFileRequest("file-abc123", ChunkingStrategy.fixed(800, 400),
					Map.of("category", "handbook", "year", 2024, "public", false)));

		this.server.verify(postRequestedFor(urlEqualTo(FILES)).withRequestBody(equalToJson("""
				{"file_id": "file-abc123",
				 "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
				 "attributes": {"category": "handbook", "year": 2024, "public": false}}
				""")));
		assertThat(created.status()).isEqualTo(FileStatus.IN_PROGRESS);
		assertThat(created.chunkingStrategy()).isEqualTo(ChunkingStrategy.fixed(800, 400));
		assertThat(created.attributes()).containsEntry("year", 2024);
		assertThat(created.usageBytes()).isEqualTo(1234);
	}

	@Test
	void listRetrieveUpdateDeleteAndContent() {
		this.server.stubFor(get(urlPathEqualTo(FILES)).willReturn(okJson(fileList())));
		this.server.stubFor(get(FILES + "/file-abc123").willReturn(okJson(file("failed"))));
		this.server.stubFor(post(FILES + "/file-abc123").willReturn(okJson(file("completed"))));
		this.server.stubFor(delete(FILES + "/file-abc123").willReturn(okJson("""
				{"id": "file-abc123", "object": "vector_store.file.deleted", "deleted": true}
				""")));
		this.server.stubFor(get(FILES + "/file-abc123/content").willReturn(okJson("""
				{"object": "vector_store.file_content.page",
				 "data": [{"type": "text", "text": "Employees receive 25 days of paid leave."},
				          {"type": "text", "text": "Leave requests go through the HR portal."}],
				 "has_more": false, "next_page": null}
				""")));
		VectorStoreFileService files = this.client.vectorStores().files();

		ListResponse<VectorStoreFile> page = files.list("vs_abc123",
				VectorStoreFileListParams.of(ListParams.limit(10)).withFilter(FileStatus.COMPLETED));
		VectorStoreFile failed = files.retrieve("vs_abc123", "file-abc123");
		VectorStoreFile updated = files.updateAsync("vs_abc123", "file-abc123", Map.of("category", "policy")).block();
		boolean deleted = files.delete("vs_abc123", "file-abc123").deleted();
		VectorStoreFileContent content = files.content("vs_abc123", "file-abc123");

		assertThat(page.data()).extracting(VectorStoreFile::id).containsExactly("file-abc123");
		assertThat(files.listAutoPaging("vs_abc123", VectorStoreFileListParams.DEFAULTS).stream().count()).isEqualTo(1);
		assertThat(failed.lastError()).isEqualTo(
				new VectorStoreFile.LastError("unsupported_file", "The file type is not supported."));
		assertThat(updated.status()).isEqualTo(FileStatus.COMPLETED);
		assertThat(deleted).isTrue();
		assertThat(content.text())
			.isEqualTo("Employees receive 25 days of paid leave.\nLeave requests go through the HR portal.");
		this.server.verify(getRequestedFor(urlEqualTo(FILES + "?limit=10&filter=completed")));
		this.server.verify(getRequestedFor(urlEqualTo(FILES)));
		this.server.verify(postRequestedFor(urlEqualTo(FILES + "/file-abc123"))
			.withRequestBody(equalToJson("{\"attributes\": {\"category\": \"policy\"}}")));
		this.server.verify(deleteRequestedFor(urlEqualTo(FILES + "/file-abc123")));
	}

	@Test
	void createAndPollAttachesTheFileAndWaitsUntilProcessed() {
		this.server.stubFor(post(FILES).willReturn(okJson(file("in_progress"))));
		stubSequence(FILES + "/file-abc123", file("in_progress"), file("completed"));

		VectorStoreFile file = this.client.vectorStores()
			.files()
			.createAndPoll("vs_abc123", VectorStoreFileRequest.of("file-abc123"),
					this.time.poller(Duration.ofSeconds(1), Duration.ofMinutes(5)));

		assertThat(file.status()).isEqualTo(FileStatus.COMPLETED);
		assertThat(this.time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
		this.server.verify(postRequestedFor(urlEqualTo(FILES)).withRequestBody(equalToJson("{\"file_id\": \"file-abc123\"}")));
		this.server.verify(2, getRequestedFor(urlEqualTo(FILES + "/file-abc123")));
	}

	@Test
	void fileBatchCreateRetrieveCancelAndListFiles() {
		this.server.stubFor(post("/v1/vector_stores/vs_abc123/file_batches")
			.willReturn(okJson(batch("in_progress", 2, 0))));
		this.server.stubFor(get(BATCH).willReturn(okJson(batch("in_progress", 1, 1))));
		this.server.stubFor(post(BATCH + "/cancel").willReturn(okJson(batch("cancelled", 0, 1))));
		this.server.stubFor(get(urlPathEqualTo(BATCH + "/files")).willReturn(okJson(fileList())));
		VectorStoreFileBatchService batches = this.client.vectorStores().fileBatches();

		VectorStoreFileBatch created = batches.create("vs_abc123",
				new FileBatchRequest(List.of("file-abc123", "file-def456"), null, ChunkingStrategy.auto(),
						Map.of("source", "upload")));
		VectorStoreFileBatch current = batches.retrieveAsync("vs_abc123", "vsfb_abc123").block();
		VectorStoreFileBatch cancelled = batches.cancel("vs_abc123", "vsfb_abc123");
		ListResponse<VectorStoreFile> files = batches.listFiles("vs_abc123", "vsfb_abc123",
				VectorStoreFileListParams.of(ListParams.limit(50)).withFilter(FileStatus.FAILED));

		assertThat(created.fileCounts().inProgress()).isEqualTo(2);
		assertThat(current.fileCounts().completed()).isEqualTo(1);
		assertThat(cancelled.status()).isEqualTo(FileStatus.CANCELLED);
		assertThat(files.data()).hasSize(1);
		assertThat(batches.listFilesAutoPaging("vs_abc123", "vsfb_abc123", VectorStoreFileListParams.DEFAULTS)
			.stream()
			.count()).isEqualTo(1);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/vector_stores/vs_abc123/file_batches"))
			.withRequestBody(equalToJson("""
					{"file_ids": ["file-abc123", "file-def456"], "chunking_strategy": {"type": "auto"},
					 "attributes": {"source": "upload"}}
					""")));
		this.server.verify(postRequestedFor(urlEqualTo(BATCH + "/cancel")));
		this.server.verify(getRequestedFor(urlEqualTo(BATCH + "/files?limit=50&filter=failed")));
	}

	@Test
	void fileBatchWithPerFileSettingsAndPolling() {
		this.server.stubFor(post("/v1/vector_stores/vs_abc123/file_batches")
			.willReturn(okJson(batch("in_progress", 2, 0))));
		stubSequence(BATCH, batch("in_progress", 1, 1), batch("completed", 0, 2));

		StepVerifier.create(this.client.vectorStores()
			.fileBatches()
			.createAndPollAsync("vs_abc123",
					FileBatchRequest.ofFiles(List.of(
							new VectorStoreFileRequest("file-abc123", null, Map.of("lang", "en")),
							new VectorStoreFileRequest("file-def456", ChunkingStrategy.fixed(400, 100), null))),
					this.time.poller(Duration.ofSeconds(2), Duration.ofMinutes(5))))
			.assertNext((batch) -> assertThat(batch.fileCounts().completed()).isEqualTo(2))
			.verifyComplete();

		this.server.verify(postRequestedFor(urlEqualTo("/v1/vector_stores/vs_abc123/file_batches"))
			.withRequestBody(equalToJson("""
					{"files": [{"file_id": "file-abc123", "attributes": {"lang": "en"}},
					           {"file_id": "file-def456", "chunking_strategy": {"type": "static",
					             "static": {"max_chunk_size_tokens": 400, "chunk_overlap_tokens": 100}}}]}
					""")));
		assertThat(this.time.sleeps()).hasSize(2);
	}

	@Test
	void fileAndBatchCreateAndPollAsyncCompleteOnANonBlockingThread() {
		this.server.stubFor(post(FILES).willReturn(okJson(file("in_progress"))));
		stubSequence(FILES + "/file-abc123", file("completed"));
		this.server.stubFor(post("/v1/vector_stores/vs_abc123/file_batches")
			.willReturn(okJson(batch("in_progress", 1, 0))));
		stubSequence(BATCH, batch("completed", 0, 1));
		Poller poller = this.time.poller(Duration.ofSeconds(2), Duration.ofMinutes(5));
		AtomicBoolean nonBlocking = new AtomicBoolean();

		StepVerifier.create(this.client.vectorStores()
			.files()
			.createAndPollAsync("vs_abc123", VectorStoreFileRequest.of("file-abc123"), poller)
			.zipWith(this.client.vectorStores()
				.fileBatches()
				.createAndPollAsync("vs_abc123", FileBatchRequest.of(List.of("file-abc123")), poller))
			.doOnSubscribe((subscription) -> nonBlocking.set(Schedulers.isInNonBlockingThread()))
			.subscribeOn(Schedulers.parallel()))
			.assertNext((both) -> {
				assertThat(both.getT1().status()).isEqualTo(FileStatus.COMPLETED);
				assertThat(both.getT2().status()).isEqualTo(FileStatus.COMPLETED);
			})
			.verifyComplete();

		assertThat(nonBlocking).as("subscribed on a thread where block() is refused").isTrue();
		this.server.verify(1, postRequestedFor(urlEqualTo(FILES)));
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/vector_stores/vs_abc123/file_batches")));
		this.server.verify(1, getRequestedFor(urlEqualTo(FILES + "/file-abc123")));
		this.server.verify(1, getRequestedFor(urlEqualTo(BATCH)));
	}

	@Test
	void batchPollingTimesOutWithoutRealWaiting() {
		this.server.stubFor(post("/v1/vector_stores/vs_abc123/file_batches")
			.willReturn(okJson(batch("in_progress", 2, 0))));
		this.server.stubFor(get(BATCH).willReturn(okJson(batch("in_progress", 2, 0))));

		assertThatThrownBy(() -> this.client.vectorStores()
			.fileBatches()
			.createAndPoll("vs_abc123", FileBatchRequest.of(List.of("file-abc123")),
					this.time.poller(Duration.ofSeconds(5), Duration.ofSeconds(30))))
			.isInstanceOf(OpenAITimeoutException.class)
			.hasMessage("Gave up waiting after PT30S: vector store file batch vsfb_abc123 is still in_progress");
		assertThat(this.time.sleeps()).hasSize(6);
	}

	@Test
	void invalidFileRequestsAreRejectedWithTheWireFieldName() {
		assertThatThrownBy(() -> VectorStoreFileRequest.of(" ")).isInstanceOf(OpenAIValidationException.class)
			.hasMessage("file_id must not be blank");
		assertThatThrownBy(() -> new VectorStoreFileRequest("file-abc123", null, Map.of("nested", Map.of())))
			.hasMessage("attributes values must be strings, numbers or booleans (key nested)");
		assertThatThrownBy(() -> new FileBatchRequest(List.of("file-abc123"),
				List.of(VectorStoreFileRequest.of("file-def456")), null, null))
			.hasMessage("exactly one of file_ids and files must be set");
		assertThatThrownBy(() -> FileBatchRequest.of(List.of())).hasMessage("file_ids must not be empty");
		assertThatThrownBy(() -> this.client.vectorStores().files()
			.list("vs_abc123", VectorStoreFileListParams.DEFAULTS.withFilter(FileStatus.UNKNOWN)))
			.hasMessage("filter must be in_progress, completed, failed or cancelled");
		StepVerifier.create(this.client.vectorStores().fileBatches().cancelAsync("vs_abc123", " "))
			.expectErrorMessage("batch_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
