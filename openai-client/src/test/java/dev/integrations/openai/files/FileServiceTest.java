package dev.integrations.openai.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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

class FileServiceTest extends WireMockSupport {

	private static final String FILE_JSON = """
			{"id": "file-abc123", "object": "file", "bytes": 140, "created_at": 1719186911,
			 "expires_at": 1721778911, "filename": "training_examples.jsonl", "purpose": "fine-tune",
			 "status": "processed"}
			""";

	private static final byte[] JSONL = """
			{"messages": [{"role": "user", "content": "What is the capital of France?"}, {"role": "assistant", "content": "Paris."}]}
			""".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path temp;


	/**
	 * A generous timeout: the first request of a test JVM loads many classes and, on a busy machine, can outlast
	 * the base class's 5 seconds, which would turn into a retry and a second request on the wire.
	 */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void uploadFromPathSendsFilePartThenPurposeAndParsesTheFile() throws IOException {
		Path file = Files.write(this.temp.resolve("training_examples.jsonl"), JSONL);
		this.server.stubFor(post("/v1/files").willReturn(okJson(FILE_JSON)));

		OpenAIFile uploaded = this.client.files().upload(FileContent.of(file), FilePurpose.FINE_TUNE);

		assertThat(uploaded.id()).isEqualTo("file-abc123");
		assertThat(uploaded.bytes()).isEqualTo(140);
		assertThat(uploaded.purpose()).isEqualTo("fine-tune");
		assertThat(uploaded.status()).isEqualTo(FileStatus.PROCESSED);
		assertThat(uploaded.createdAtInstant().getEpochSecond()).isEqualTo(1719186911L);
		assertThat(uploaded.expiresAtInstant()).isNotNull();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/files"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Accept", equalTo("application/json")));
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file", "purpose");
		form.assertFile("file", "training_examples.jsonl", "application/octet-stream", JSONL);
		assertThat(form.text("purpose")).isEqualTo("fine-tune");
	}

	@Test
	void uploadFromInputStreamWithExpirationSendsBracketedExpiresAfterFields() {
		this.server.stubFor(post("/v1/files").willReturn(okJson(FILE_JSON)));
		FileContent content = FileContent.of(new ByteArrayInputStream(JSONL), "batch_input.jsonl")
			.withContentType("application/jsonl");

		this.client.files()
			.upload(FileUploadRequest.of(content, FilePurpose.BATCH)
				.withExpiresAfter(FileExpiration.afterCreation(Duration.ofDays(30)))
				.withTimeout(Duration.ofMinutes(30)));

		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file", "purpose", "expires_after[anchor]", "expires_after[seconds]");
		form.assertFile("file", "batch_input.jsonl", "application/jsonl", JSONL);
		assertThat(form.text("purpose")).isEqualTo("batch");
		assertThat(form.text("expires_after[anchor]")).isEqualTo("created_at");
		assertThat(form.text("expires_after[seconds]")).isEqualTo("2592000");
	}

	@Test
	void uploadAsyncFromBytesGuessesTheContentTypeFromTheFilename() {
		this.server.stubFor(post("/v1/files").willReturn(okJson(FILE_JSON)));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

		StepVerifier.create(this.client.files()
			.uploadAsync(FileUploadRequest.of(FileContent.of(png, "diagram.png"), FilePurpose.VISION)))
			.assertNext((file) -> assertThat(file.filename()).isEqualTo("training_examples.jsonl"))
			.verifyComplete();

		MultipartRequests.onlyRequest(this.server).assertFile("file", "diagram.png", "image/png", png);
	}

	@Test
	void uploadFromInputStreamIsNotResentWhenTheFirstAttemptFailsAndTheCallerGetsThatFailure() {
		this.server.stubFor(post("/v1/files").willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"Service unavailable\", \"type\": \"server_error\"}}")));
		FileContent content = FileContent.of(new ByteArrayInputStream(JSONL), "batch_input.jsonl");

		assertThatThrownBy(() -> this.client.files().upload(content, FilePurpose.BATCH))
			.isInstanceOfSatisfying(InternalServerException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(503);
				assertThat(ex.attempts()).isEqualTo(1);
			})
			.hasMessageContaining("Service unavailable");
		assertThat(this.server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void uploadFromPathIsResentWholeWhenTheFirstAttemptFails() throws IOException {
		Path file = Files.write(this.temp.resolve("batch_input.jsonl"), JSONL);
		this.server.stubFor(post("/v1/files").inScenario("retry")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("recovered")
			.willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": {\"message\": \"The server had an error.\", \"type\": \"server_error\"}}")));
		this.server.stubFor(post("/v1/files").inScenario("retry")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(FILE_JSON)));

		OpenAIFile uploaded = this.client.files().upload(FileContent.of(file), FilePurpose.BATCH);

		assertThat(uploaded.id()).isEqualTo("file-abc123");
		List<LoggedRequest> attempts = this.server.findAll(postRequestedFor(urlEqualTo("/v1/files")));
		assertThat(attempts).hasSize(2);
		for (LoggedRequest attempt : attempts) {
			MultipartRequests.of(attempt).assertFile("file", "batch_input.jsonl", "application/octet-stream", JSONL);
		}
	}

	@Test
	void missingPurposeAndUnreadableFileAreRejectedBeforeAnyRequest() {
		FileContent content = FileContent.of(JSONL, "data.jsonl");
		assertThatThrownBy(() -> this.client.files().upload(content, " "))
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("purpose"))
			.hasMessage("purpose must not be blank");
		assertThatThrownBy(() -> FileContent.of(this.temp.resolve("missing.jsonl")))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("is not a readable regular file");
		assertThatThrownBy(() -> FileExpiration.afterCreation(Duration.ofMinutes(5)))
			.hasMessage("expires_after.seconds must be between 3600 and 2592000, was 300");
		assertThatThrownBy(() -> FileListParams.DEFAULTS.withLimit(0)).hasMessage("limit must be between 1 and 10000, was 0");
		StepVerifier.create(this.client.files().retrieveAsync("")).expectErrorMessage("file_id must not be blank").verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void listSendsEveryQueryParameter() {
		this.server.stubFor(get(urlPathEqualTo("/v1/files")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "file-abc123", "last_id": "file-abc123", "has_more": false}
				""".formatted(FILE_JSON))));

		ListResponse<OpenAIFile> page = this.client.files()
			.list(FileListParams.DEFAULTS.withPurpose(FilePurpose.FINE_TUNE)
				.withLimit(20)
				.withOrder(SortOrder.ASC)
				.withAfter("file-xyz789"));

		assertThat(page.data()).extracting(OpenAIFile::id).containsExactly("file-abc123");
		assertThat(page.hasMore()).isFalse();
		this.server.verify(getRequestedFor(
				urlEqualTo("/v1/files?purpose=fine-tune&limit=20&order=asc&after=file-xyz789")));
	}

	@Test
	void listAutoPagingFollowsTheCursorUntilHasMoreIsFalse() {
		this.server.stubFor(get(urlEqualTo("/v1/files?limit=1")).willReturn(okJson("""
				{"object": "list", "data": [{"id": "file-1", "object": "file", "bytes": 10, "created_at": 1719186911,
				 "filename": "a.jsonl", "purpose": "batch", "status": "processed"}],
				 "first_id": "file-1", "last_id": "file-1", "has_more": true}
				""")));
		this.server.stubFor(get(urlEqualTo("/v1/files?limit=1&after=file-1")).willReturn(okJson("""
				{"object": "list", "data": [{"id": "file-2", "object": "file", "bytes": 20, "created_at": 1719186912,
				 "filename": "b.jsonl", "purpose": "batch_output", "status": "brand_new_status"}],
				 "first_id": "file-2", "last_id": "file-2", "has_more": false}
				""")));

		List<OpenAIFile> files = this.client.files().listAutoPaging(FileListParams.DEFAULTS.withLimit(1)).stream().toList();

		assertThat(files).extracting(OpenAIFile::id).containsExactly("file-1", "file-2");
		assertThat(files.get(1).status()).isEqualTo(FileStatus.UNKNOWN);
		assertThat(files.get(1).expiresAt()).isNull();
		assertThat(this.server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void retrieveAndDeleteUseTheFileIdPath() {
		this.server.stubFor(get("/v1/files/file-abc123").willReturn(okJson(FILE_JSON)));
		this.server.stubFor(delete("/v1/files/file-abc123").willReturn(okJson("""
				{"id": "file-abc123", "object": "file", "deleted": true}
				""")));

		assertThat(this.client.files().retrieve("file-abc123").filename()).isEqualTo("training_examples.jsonl");
		DeletionStatus deleted = this.client.files().delete("file-abc123");

		assertThat(deleted.deleted()).isTrue();
		assertThat(deleted.object()).isEqualTo("file");
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/files/file-abc123")));
	}

	@Test
	void retrieveOfUnknownFileRaisesNotFound() {
		this.server.stubFor(get("/v1/files/file-nope").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "No such File object: file-nope", "type": "invalid_request_error",
					 "param": "id", "code": null}}
					""")));

		assertThatThrownBy(() -> this.client.files().retrieve("file-nope")).isInstanceOf(NotFoundException.class)
			.hasMessageContaining("No such File object: file-nope");
	}

	@Test
	void downloadContentWritesTheBodyByteForByteToPathOutputStreamFluxAndAsyncPath() throws IOException {
		byte[] body = new byte[300_000];
		for (int i = 0; i < body.length; i++) {
			body[i] = (byte) (i * 31 + 7);
		}
		this.server.stubFor(get("/v1/files/file-abc123/content").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/octet-stream")
			.withBody(body)));
		Path target = Files.write(this.temp.resolve("out.bin"), new byte[1_000_000]);

		long written = this.client.files().downloadContent("file-abc123", target);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long streamed = this.client.files().downloadContent("file-abc123", out);
		byte[] fluxBytes = join(this.client.files().contentAsync("file-abc123"));
		Path asyncTarget = this.temp.resolve("async.bin");
		Long asyncWritten = this.client.files().downloadContentAsync("file-abc123", asyncTarget).block();

		assertThat(written).isEqualTo(body.length);
		assertThat(Files.readAllBytes(target)).isEqualTo(body);
		assertThat(streamed).isEqualTo(body.length);
		assertThat(out.toByteArray()).isEqualTo(body);
		assertThat(asyncWritten).isEqualTo(body.length);
		assertThat(Files.readAllBytes(asyncTarget)).isEqualTo(body);
		assertThat(fluxBytes).isEqualTo(body);
		this.server.verify(4, getRequestedFor(urlEqualTo("/v1/files/file-abc123/content"))
			.withHeader("Accept", equalTo("*/*")));
	}

	@Test
	void downloadOfMissingFileFailsWithNotFoundAndCreatesNoFile() {
		this.server.stubFor(get("/v1/files/file-gone/content").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"No such File object: file-gone\", \"type\": \"invalid_request_error\"}}")));
		Path target = this.temp.resolve("never.bin");

		StepVerifier.create(this.client.files().downloadContentAsync("file-gone", target))
			.expectError(NotFoundException.class)
			.verify();
		assertThatThrownBy(() -> this.client.files().downloadContent("file-gone", target))
			.isInstanceOf(NotFoundException.class);
		assertThat(target).doesNotExist();
	}

}
