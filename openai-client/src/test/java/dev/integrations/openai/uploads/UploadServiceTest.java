package dev.integrations.openai.uploads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.files.FileExpiration;
import dev.integrations.openai.files.FilePurpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadServiceTest extends WireMockSupport {

	private static final String PENDING = """
			{"id": "upload_abc123", "object": "upload", "bytes": 10, "created_at": 1719184911,
			 "filename": "training_examples.jsonl", "purpose": "fine-tune", "status": "pending",
			 "expires_at": 1719188511}
			""";

	private static final String COMPLETED = """
			{"id": "upload_abc123", "object": "upload", "bytes": 10, "created_at": 1719184911,
			 "filename": "training_examples.jsonl", "purpose": "fine-tune", "status": "completed",
			 "expires_at": 1719188511,
			 "file": {"id": "file-xyz321", "object": "file", "bytes": 10, "created_at": 1719186911,
			          "filename": "training_examples.jsonl", "purpose": "fine-tune", "status": "uploaded"}}
			""";

	private static final String CANCELLED = PENDING.replace("\"pending\"", "\"cancelled\"");

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
	void createSendsEveryFieldAsJson() {
		this.server.stubFor(post("/v1/uploads").willReturn(okJson(PENDING)));

		Upload upload = this.client.uploads()
			.create(new CreateUploadRequest("training_examples.jsonl", FilePurpose.FINE_TUNE, 2147483648L,
					"text/jsonl", new FileExpiration(FileExpiration.CREATED_AT, 3600)));

		assertThat(upload.id()).isEqualTo("upload_abc123");
		assertThat(upload.status()).isEqualTo(UploadStatus.PENDING);
		assertThat(upload.file()).isNull();
		assertThat(upload.expiresAtInstant().getEpochSecond()).isEqualTo(1719188511L);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/uploads")).withRequestBody(equalToJson("""
				{"filename": "training_examples.jsonl", "purpose": "fine-tune", "bytes": 2147483648,
				 "mime_type": "text/jsonl", "expires_after": {"anchor": "created_at", "seconds": 3600}}
				""")));
	}

	@Test
	void addPartSendsTheBytesAsTheDataPart() {
		this.server.stubFor(post("/v1/uploads/upload_abc123/parts").willReturn(okJson("""
				{"id": "part_def456", "object": "upload.part", "created_at": 1719186911, "upload_id": "upload_abc123"}
				""")));
		byte[] chunk = "{\"prompt\": \"hi\"}\n".getBytes(StandardCharsets.UTF_8);

		UploadPart part = this.client.uploads().addPart("upload_abc123", FileContent.of(chunk, "part-1.jsonl"));

		assertThat(part.id()).isEqualTo("part_def456");
		assertThat(part.uploadId()).isEqualTo("upload_abc123");
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("data");
		form.assertFile("data", "part-1.jsonl", "application/octet-stream", chunk);
	}

	@Test
	void completeSendsOrderedPartIdsAndMd5() {
		this.server.stubFor(post("/v1/uploads/upload_abc123/complete").willReturn(okJson(COMPLETED)));

		Upload upload = this.client.uploads()
			.complete("upload_abc123",
					new CompleteUploadRequest(List.of("part_def456", "part_ghi789"), "d41d8cd98f00b204e9800998ecf8427e"));

		assertThat(upload.status()).isEqualTo(UploadStatus.COMPLETED);
		assertThat(upload.file()).isNotNull();
		assertThat(upload.file().id()).isEqualTo("file-xyz321");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/uploads/upload_abc123/complete")).withRequestBody(
				equalToJson("{\"part_ids\": [\"part_def456\", \"part_ghi789\"], \"md5\": \"d41d8cd98f00b204e9800998ecf8427e\"}")));
	}

	@Test
	void cancelPostsToTheCancelRoute() {
		this.server.stubFor(post("/v1/uploads/upload_abc123/cancel").willReturn(okJson(CANCELLED)));

		StepVerifier.create(this.client.uploads().cancelAsync("upload_abc123"))
			.assertNext((upload) -> assertThat(upload.status()).isEqualTo(UploadStatus.CANCELLED))
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/uploads/upload_abc123/cancel")));
	}

	@Test
	void uploadFileSendsBoundedSlicesInOrderAndCompletesWithTheirIdsAndMd5() throws Exception {
		byte[] content = "0123456789".getBytes(StandardCharsets.US_ASCII);
		Path file = Files.write(this.temp.resolve("training_examples.jsonl"), content);
		this.server.stubFor(post("/v1/uploads").willReturn(okJson(PENDING)));
		for (int i = 1; i <= 3; i++) {
			this.server.stubFor(post("/v1/uploads/upload_abc123/parts").inScenario("parts")
				.whenScenarioStateIs((i == 1) ? Scenario.STARTED : "part" + i)
				.willSetStateTo("part" + (i + 1))
				.willReturn(okJson("{\"id\": \"part_" + i + "\", \"object\": \"upload.part\", "
						+ "\"created_at\": 1719186911, \"upload_id\": \"upload_abc123\"}")));
		}
		this.server.stubFor(post("/v1/uploads/upload_abc123/complete").willReturn(okJson(COMPLETED)));

		Upload upload = this.client.uploads()
			.uploadFile(LargeFileUpload.of(file, FilePurpose.FINE_TUNE, "text/jsonl").withPartSize(4).withMd5());

		assertThat(upload.file().id()).isEqualTo("file-xyz321");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/uploads")).withRequestBody(equalToJson("""
				{"filename": "training_examples.jsonl", "purpose": "fine-tune", "bytes": 10, "mime_type": "text/jsonl"}
				""")));
		List<LoggedRequest> parts = this.server.findAll(postRequestedFor(urlEqualTo("/v1/uploads/upload_abc123/parts")));
		assertThat(parts).extracting((request) -> MultipartRequests.of(request).text("data"))
			.containsExactly("0123", "4567", "89");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/uploads/upload_abc123/complete")).withRequestBody(
				equalToJson("{\"part_ids\": [\"part_1\", \"part_2\", \"part_3\"], \"md5\": \"" + md5(content) + "\"}")));
	}

	@Test
	void uploadFileCancelsTheUploadWhenAPartIsRefused() throws IOException {
		Path file = Files.write(this.temp.resolve("training_examples.jsonl"), new byte[16]);
		this.server.stubFor(post("/v1/uploads").willReturn(okJson(PENDING)));
		this.server.stubFor(post("/v1/uploads/upload_abc123/parts").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Upload upload_abc123 has expired.", "type": "invalid_request_error",
					 "param": null, "code": "upload_expired"}}
					""")));
		this.server.stubFor(post("/v1/uploads/upload_abc123/cancel").willReturn(okJson(CANCELLED)));

		assertThatThrownBy(() -> this.client.uploads()
			.uploadFile(LargeFileUpload.of(file, FilePurpose.BATCH, "application/jsonl").withPartSize(8)))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> assertThat(ex.code()).isEqualTo("upload_expired"));
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/uploads/upload_abc123/parts")));
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/uploads/upload_abc123/cancel")));
		this.server.verify(0, postRequestedFor(urlEqualTo("/v1/uploads/upload_abc123/complete")));
	}

	@Test
	void invalidSettingsAreRejectedBeforeAnyRequest() throws IOException {
		Path file = Files.write(this.temp.resolve("a.jsonl"), new byte[4]);
		assertThatThrownBy(() -> LargeFileUpload.of(file, FilePurpose.BATCH, "application/jsonl")
			.withPartSize(65L * 1024 * 1024)).isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("part_size"));
		assertThatThrownBy(() -> CreateUploadRequest.of("a.jsonl", FilePurpose.BATCH, 4, ""))
			.hasMessage("mime_type must not be blank");
		assertThatThrownBy(() -> CompleteUploadRequest.of(List.of())).hasMessage("part_ids must not be empty");
		assertThatThrownBy(() -> FileContent.ofRange(file, 2, 3, "a.jsonl"))
			.hasMessageContaining("file range 2+3 lies outside a.jsonl (4 bytes)");
		StepVerifier.create(this.client.uploads().cancelAsync(" ")).expectErrorMessage("upload_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	private static String md5(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
	}

}
