package dev.integrations.openai.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.audio.TranscriptionRequest;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.files.FilePurpose;
import dev.integrations.openai.files.OpenAIFile;
import dev.integrations.openai.images.ImageEditRequest;
import dev.integrations.openai.models.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The short entry points: {@link OpenAIClient#create(OpenAIConfig)} and the {@link Path} overloads of every upload.
 */
class EntryPointsTest extends WireMockSupport {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	@TempDir
	Path temp;

	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createBuildsAWorkingClientFromAConfiguration() {
		this.server.stubFor(get("/v1/models/gpt-4o-mini").willReturn(okJson("""
				{"id":"gpt-4o-mini","object":"model","created":1721172741,"owned_by":"system"}
				""")));

		try (OpenAIClient client = OpenAIClient.create(configBuilder().build())) {
			Model model = client.models().retrieve("gpt-4o-mini");

			assertThat(model.ownedBy()).isEqualTo("system");
			assertThat(client.config().baseUrl()).isEqualTo("http://127.0.0.1:" + this.server.port() + "/v1");
		}
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models/gpt-4o-mini"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("OpenAI-Organization", equalTo("org-test123")));
	}

	@Test
	void fileUploadFromAPathSendsTheFileUnderItsName() throws IOException {
		byte[] jsonl = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello!\"}]}\n"
			.getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(this.temp.resolve("train.jsonl"), jsonl);
		this.server.stubFor(post("/v1/files").willReturn(okJson("""
				{"id":"file-abc123","object":"file","bytes":77,"created_at":1719186911,"filename":"train.jsonl",
				 "purpose":"fine-tune","status":"processed"}
				""")));

		OpenAIFile uploaded = this.client.files().upload(file, FilePurpose.FINE_TUNE);

		assertThat(uploaded.id()).isEqualTo("file-abc123");
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file", "purpose");
		form.assertFile("file", "train.jsonl", "application/octet-stream", jsonl);
	}

	@Test
	void imageEditAndTranscriptionBuildersTakePaths() throws IOException {
		Path image = Files.write(this.temp.resolve("otter.png"), PNG);
		Path mask = Files.write(this.temp.resolve("mask.png"), PNG);
		Path audio = Files.write(this.temp.resolve("beach.mp3"), new byte[] { 'I', 'D', '3', 4, 0 });

		ImageEditRequest edit = ImageEditRequest.builder().image(image).mask(mask).prompt("Add a hat").build();
		TranscriptionRequest transcription = TranscriptionRequest.builder().file(audio).model("whisper-1").build();

		assertThat(edit.images()).singleElement().satisfies((content) -> {
			assertThat(content.filename()).isEqualTo("otter.png");
			assertThat(content.contentType()).hasToString("image/png");
		});
		assertThat(edit.mask().filename()).isEqualTo("mask.png");
		assertThat(transcription.file().filename()).isEqualTo("beach.mp3");
		assertThat(transcription.file().contentLength()).isEqualTo(5);
		assertThatThrownBy(() -> TranscriptionRequest.builder().file(this.temp.resolve("missing.mp3")).model("whisper-1"))
			.isInstanceOf(OpenAIValidationException.class);
	}

}
