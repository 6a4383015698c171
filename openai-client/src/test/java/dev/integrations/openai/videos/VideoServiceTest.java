package dev.integrations.openai.videos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operations that start a video job (create, edit, extend, remix) and the characters: JSON when no file is
 * attached, multipart when one is, exactly as the spec names the fields; validation before the network; API errors.
 */
class VideoServiceTest extends WireMockSupport {

	static final String VIDEO_ID = "video_68e8b6e1c7ac8190b5a0bb8a3cbf3a62";

	static final String PROMPT = "A calico cat playing a grand piano on a dim jazz-club stage, slow dolly-in";

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	private static final byte[] MP4 = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0 };

	@TempDir
	Path temp;

	/** A generous response timeout: a slow first response on a loaded machine must not become a second request. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	/**
	 * A video job as the API returns it.
	 * @param id the video ID
	 * @param status the status
	 * @param progress the progress in percent
	 * @param more further fields, each starting with a comma, replacing nothing
	 * @return the JSON
	 */
	static String video(String id, String status, int progress, String more) {
		return """
				{
				  "id": "%s", "object": "video", "model": "sora-2", "status": "%s", "progress": %d,
				  "created_at": 1760077537, "completed_at": null, "expires_at": null,
				  "prompt": "%s", "size": "1280x720", "seconds": "8",
				  "remixed_from_video_id": null, "error": null%s
				}
				""".formatted(id, status, progress, PROMPT, more);
	}

	@Test
	void createWithAnImageUrlSendsJsonAndParsesTheQueuedJob() {
		this.server.stubFor(post("/v1/videos").willReturn(okJson(video(VIDEO_ID, "queued", 0, ""))));

		Video video = this.client.videos()
			.create(VideoCreateRequest.builder()
				.model("sora-2-pro")
				.prompt(PROMPT)
				.inputReference(VideoInputReference.imageUrl("https://cdn.example.com/stage/cat-reference.png"))
				.seconds(8)
				.size(VideoSize.LANDSCAPE_1280X720)
				.putExtra("quality", "high")
				.build());

		assertThat(video.id()).isEqualTo(VIDEO_ID);
		assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
		assertThat(video.isTerminal()).isFalse();
		assertThat(video.progress()).isZero();
		assertThat(video.size()).isEqualTo(VideoSize.LANDSCAPE_1280X720);
		assertThat(video.seconds()).isEqualTo("8");
		assertThat(video.prompt()).isEqualTo(PROMPT);
		assertThat(video.completedAtInstant()).isNull();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/videos"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{
					  "model": "sora-2-pro",
					  "prompt": "%s",
					  "input_reference": {"image_url": "https://cdn.example.com/stage/cat-reference.png"},
					  "seconds": "8",
					  "size": "1280x720",
					  "quality": "high"
					}
					""".formatted(PROMPT), false, false)));
	}

	@Test
	void createAsyncWithAFileIdReferenceSendsOnlyWhatIsSet() {
		this.server.stubFor(post("/v1/videos").willReturn(okJson(video(VIDEO_ID, "queued", 0, ""))));

		StepVerifier.create(this.client.videos()
			.createAsync(VideoCreateRequest.builder()
				.prompt(PROMPT)
				.inputReference(VideoInputReference.fileId("file-6F2ksmvXxt4VdoqmHRw6kL"))
				.build()))
			.assertNext((video) -> assertThat(video.status()).isEqualTo(VideoStatus.QUEUED))
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/videos")).withRequestBody(equalToJson("""
				{"prompt": "%s", "input_reference": {"file_id": "file-6F2ksmvXxt4VdoqmHRw6kL"}}
				""".formatted(PROMPT), false, false)));
	}

	@Test
	void createWithAnUploadedReferenceImageSendsMultipartWithTheFileAndTheTextFields() throws IOException {
		Path image = Files.write(this.temp.resolve("cat-reference.png"), PNG);
		this.server.stubFor(post("/v1/videos").willReturn(okJson(video(VIDEO_ID, "queued", 0, ""))));

		Video video = this.client.videos()
			.create(VideoCreateRequest.builder()
				.model("sora-2")
				.prompt(PROMPT)
				.inputReference(image)
				.seconds("12")
				.size(VideoSize.PORTRAIT_720X1280)
				.putExtra("quality", "high")
				.build());

		assertThat(video.id()).isEqualTo(VIDEO_ID);
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("model", "prompt", "input_reference", "seconds", "size", "quality");
		form.assertFile("input_reference", "cat-reference.png", "image/png", PNG);
		assertThat(form.text("model")).isEqualTo("sora-2");
		assertThat(form.text("prompt")).isEqualTo(PROMPT);
		assertThat(form.text("seconds")).isEqualTo("12");
		assertThat(form.text("size")).isEqualTo("720x1280");
		assertThat(form.text("quality")).isEqualTo("high");
	}

	@Test
	void editOfACompletedVideoByIdSendsJsonAndOfAnUploadSendsMultipart() {
		this.server.stubFor(post("/v1/videos/edits").willReturn(okJson(video("video_edit_1", "queued", 0, ""))));

		Video byId = this.client.videos()
			.edit(VideoEditRequest.of(VideoSource.id(VIDEO_ID), "Make the stage lights warm amber"));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/videos/edits"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"video": {"id": "%s"}, "prompt": "Make the stage lights warm amber"}
					""".formatted(VIDEO_ID), false, false)));
		this.server.resetRequests();
		Video upload = this.client.videos()
			.editAsync(VideoEditRequest.of(VideoSource.of(FileContent.of(MP4, "rehearsal.mp4")), "Add falling snow"))
			.block();

		assertThat(byId.id()).isEqualTo("video_edit_1");
		assertThat(upload.status()).isEqualTo(VideoStatus.QUEUED);
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("video", "prompt");
		form.assertFile("video", "rehearsal.mp4", "video/mp4", MP4);
		assertThat(form.text("prompt")).isEqualTo("Add falling snow");
	}

	@Test
	void extendByIdSendsJsonWithTheSecondsAsTextAndOfAnUploadSendsMultipart() throws IOException {
		Path clip = Files.write(this.temp.resolve("final-take.mp4"), MP4);
		this.server.stubFor(post("/v1/videos/extensions").willReturn(okJson(video("video_ext_1", "queued", 0, ""))));

		StepVerifier.create(this.client.videos()
			.extendAsync(VideoExtendRequest.of(VideoSource.id(VIDEO_ID), "The cat stands and takes a bow", 4)))
			.assertNext((video) -> assertThat(video.id()).isEqualTo("video_ext_1"))
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/videos/extensions"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"video": {"id": "%s"}, "prompt": "The cat stands and takes a bow", "seconds": "4"}
					""".formatted(VIDEO_ID), false, false)));
		this.server.resetRequests();
		this.client.videos().extend(VideoExtendRequest.of(VideoSource.of(clip), "The curtain falls", 8));

		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("video", "prompt", "seconds");
		form.assertFile("video", "final-take.mp4", "video/mp4", MP4);
		assertThat(form.text("prompt")).isEqualTo("The curtain falls");
		assertThat(form.text("seconds")).isEqualTo("8");
	}

	@Test
	void remixPostsTheNewPromptAsJsonAndTheJobNamesItsSource() {
		this.server.stubFor(post("/v1/videos/" + VIDEO_ID + "/remix").willReturn(okJson(video("video_remix_1",
				"queued", 0, "").replace("\"remixed_from_video_id\": null", "\"remixed_from_video_id\": \"" + VIDEO_ID + "\""))));

		Video remix = this.client.videos().remix(VIDEO_ID, "Extend the scene with the cat taking a bow");
		Video again = this.client.videos().remixAsync(VIDEO_ID, "Now in black and white").block();

		assertThat(remix.remixedFromVideoId()).isEqualTo(VIDEO_ID);
		assertThat(again.id()).isEqualTo("video_remix_1");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/videos/" + VIDEO_ID + "/remix"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"prompt\": \"Extend the scene with the cat taking a bow\"}", false, false)));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/videos/" + VIDEO_ID + "/remix"))
			.withRequestBody(equalToJson("{\"prompt\": \"Now in black and white\"}", false, false)));
	}

	@Test
	void createCharacterSendsTheVideoAndNameAsMultipartAndRetrieveReadsIt() throws IOException {
		Path clip = Files.write(this.temp.resolve("whiskers.mp4"), MP4);
		String character = """
				{"id": "char_68e8c1d2a4b88190", "name": "Whiskers the pianist", "created_at": 1760078012}
				""";
		this.server.stubFor(post("/v1/videos/characters").willReturn(okJson(character)));
		this.server.stubFor(get("/v1/videos/characters/char_68e8c1d2a4b88190")
			.willReturn(okJson(character.replace("}", ", \"status\": \"ready\"}"))));

		VideoCharacter created = this.client.videos()
			.createCharacter(VideoCharacterRequest.of(clip, "Whiskers the pianist"));
		VideoCharacter retrieved = this.client.videos().retrieveCharacterAsync("char_68e8c1d2a4b88190").block();

		assertThat(created).isEqualTo(new VideoCharacter("char_68e8c1d2a4b88190", "Whiskers the pianist", 1760078012L,
				java.util.Map.of()));
		assertThat(retrieved.createdAtInstant().getEpochSecond()).isEqualTo(1760078012L);
		assertThat(retrieved.extra()).containsExactly(java.util.Map.entry("status", "ready"));
		assertThat(dev.integrations.openai.transport.OpenAIJson.mapper().writeValueAsString(retrieved))
			.contains("\"status\":\"ready\"");
		MultipartRequests form = MultipartRequests.of(this.server.findAll(postRequestedFor(urlEqualTo("/v1/videos/characters"))).get(0));
		assertThat(form.names()).containsExactly("video", "name");
		form.assertFile("video", "whiskers.mp4", "video/mp4", MP4);
		assertThat(form.text("name")).isEqualTo("Whiskers the pianist");
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/videos/characters/char_68e8c1d2a4b88190")));
	}

	@Test
	void aRejectedPromptRaisesBadRequestWithTypeCodeParamAndRequestId() {
		this.server.stubFor(post("/v1/videos").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_7d1c0f6a2b9e4d3c")
			.withBody("""
					{"error": {"message": "Your request was blocked by our moderation system.",
					 "type": "invalid_request_error", "param": "prompt", "code": "moderation_blocked"}}
					""")));

		assertThatThrownBy(() -> this.client.videos().create(VideoCreateRequest.builder().prompt(PROMPT).build()))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.type()).isEqualTo("invalid_request_error");
				assertThat(ex.code()).isEqualTo("moderation_blocked");
				assertThat(ex.param()).isEqualTo("prompt");
				assertThat(ex.requestId()).isEqualTo("req_7d1c0f6a2b9e4d3c");
			});
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/videos")));
	}

	@Test
	void invalidRequestsAreRejectedBeforeAnyCall() {
		VideoService videos = this.client.videos();
		assertThatThrownBy(() -> VideoCreateRequest.builder().model("sora-2").build())
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessage("prompt must not be blank");
		assertThatThrownBy(() -> VideoCreateRequest.builder().prompt("x".repeat(32001)).build())
			.hasMessage("prompt must be at most 32000 characters, was 32001");
		assertThatThrownBy(() -> VideoCreateRequest.builder().prompt(PROMPT).size(VideoSize.UNKNOWN).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("size"))
			.hasMessage("size UNKNOWN is only read, never sent; choose a size the API names");
		assertThatThrownBy(() -> VideoCreateRequest.builder().prompt(PROMPT).seconds(-4).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("seconds"))
			.hasMessage("seconds must be a whole number of seconds such as \"8\", was \"-4\"");
		assertThatThrownBy(() -> new VideoExtendRequest(VideoSource.id(VIDEO_ID), "Bow", "4.5"))
			.hasMessage("seconds must be a whole number of seconds such as \"8\", was \"4.5\"");
		assertThatThrownBy(() -> new VideoInputReference.Image("https://cdn.example.com/a.png", "file-abc123"))
			.hasMessage("input_reference needs exactly one of image_url or file_id");
		assertThatThrownBy(() -> VideoInputReference.imageUrl(" "))
			.hasMessage("input_reference.image_url must not be blank");
		assertThatThrownBy(() -> VideoEditRequest.of(VideoSource.id(""), "Add snow"))
			.hasMessage("video.id must not be blank");
		assertThatThrownBy(() -> VideoEditRequest.of(null, "Add snow")).hasMessage("video is required");
		assertThatThrownBy(() -> VideoExtendRequest.of(VideoSource.id(VIDEO_ID), "Bow", 0))
			.hasMessage("seconds must be between 1 and 2147483647, was 0");
		assertThatThrownBy(() -> VideoCharacterRequest.of(FileContent.of(MP4, "a.mp4"), "n".repeat(81)))
			.hasMessage("name must be at most 80 characters, was 81");
		assertThatThrownBy(() -> videos.remix(VIDEO_ID, "")).hasMessage("prompt must not be blank");
		assertThatThrownBy(() -> videos.list(ListParams.DEFAULTS.withBefore(VIDEO_ID)))
			.hasMessage("before is not supported when listing videos");
		assertThatThrownBy(() -> videos.list(ListParams.limit(101))).hasMessage("limit must be between 1 and 100, was 101");
		StepVerifier.create(videos.retrieveAsync(" ")).expectErrorMessage("video_id must not be blank").verify();
		StepVerifier.create(videos.remixAsync(VIDEO_ID, " ")).expectErrorMessage("prompt must not be blank").verify();
		StepVerifier.create(videos.contentAsync(VIDEO_ID, null)).expectErrorMessage("variant is required").verify();
		StepVerifier.create(videos.awaitCompletionAsync("", Duration.ofMinutes(5)))
			.expectErrorMessage("video_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
