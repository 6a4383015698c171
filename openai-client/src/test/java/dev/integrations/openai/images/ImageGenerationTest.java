package dev.integrations.openai.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.common.TokenUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

class ImageGenerationTest extends WireMockSupport {

	/** A 1x1 PNG. */
	static final String PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

	static final byte[] PNG = Base64.getDecoder().decode(PNG_BASE64);

	static final String GPT_IMAGE_RESPONSE = """
			{
			  "created": 1713833628,
			  "data": [{"b64_json": "%s"}],
			  "background": "transparent",
			  "output_format": "png",
			  "size": "1024x1024",
			  "quality": "high",
			  "usage": {
			    "total_tokens": 100, "input_tokens": 50, "output_tokens": 50,
			    "input_tokens_details": {"text_tokens": 10, "image_tokens": 40},
			    "output_tokens_details": {"image_tokens": 50, "text_tokens": 0}
			  }
			}
			""".formatted(PNG_BASE64);

	@TempDir
	Path temp;

	@Test
	void generateSendsEveryParameterAndWritesTheImageToAFile() {
		this.server.stubFor(post("/v1/images/generations").willReturn(okJson(GPT_IMAGE_RESPONSE)));

		ImagesResponse response = this.client.images()
			.generate(ImageGenerationRequest.builder()
				.prompt("A cute baby sea otter")
				.model("gpt-image-1.5")
				.n(1)
				.quality(ImageQuality.HIGH)
				.outputFormat(ImageOutputFormat.WEBP)
				.outputCompression(80)
				.size(ImageSize.SQUARE_1024)
				.moderation(ImageModeration.LOW)
				.background(ImageBackground.TRANSPARENT)
				.user("user-1234")
				.build());

		assertThat(response.createdInstant()).isEqualTo(Instant.ofEpochSecond(1713833628));
		assertThat(response.background()).isEqualTo(ImageBackground.TRANSPARENT);
		assertThat(response.outputFormat()).isEqualTo(ImageOutputFormat.PNG);
		assertThat(response.quality()).isEqualTo(ImageQuality.HIGH);
		assertThat(response.size()).isEqualTo("1024x1024");
		assertThat(response.usage().inputTokensDetails()).isEqualTo(new ImageInputTokensDetails(10, 40));
		assertThat(response.usage().outputTokensDetails()).isEqualTo(new ImageOutputTokensDetails(50, 0));
		assertThat(response.tokenUsage()).isEqualTo(new TokenUsage(50, 50));
		Path file = response.data().get(0).writeTo(this.temp.resolve("otter.png"));
		assertThat(file).hasBinaryContent(PNG);
		assertThat(response.data().get(0).bytes()).isEqualTo(PNG);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/images/generations"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"prompt": "A cute baby sea otter", "model": "gpt-image-1.5", "n": 1, "quality": "high",
					 "output_format": "webp", "output_compression": 80, "size": "1024x1024", "moderation": "low",
					 "background": "transparent", "user": "user-1234"}
					""", false, false)));
	}

	@Test
	void dallE3UrlResponseParsesAndCannotBeWritten() {
		this.server.stubFor(post("/v1/images/generations").willReturn(okJson("""
				{"created": 1713833628, "data": [{"url": "https://oaidalleapiprodscus.blob.core.windows.net/private/img-abc.png",
				  "revised_prompt": "A fluffy baby sea otter floating on its back in calm blue water."}]}
				""")));

		StepVerifier
			.create(this.client.images()
				.generateAsync(ImageGenerationRequest.builder()
					.prompt("A cute baby sea otter")
					.model("dall-e-3")
					.quality(ImageQuality.HD)
					.style(ImageStyle.NATURAL)
					.responseFormat(ImageResponseFormat.URL)
					.size(ImageSize.LANDSCAPE_1792X1024)
					.build()))
			.assertNext((response) -> {
				Image image = response.data().get(0);
				assertThat(image.url()).endsWith("img-abc.png");
				assertThat(image.revisedPrompt()).startsWith("A fluffy baby sea otter");
				assertThat(response.usage()).isNull();
				assertThat(response.tokenUsage()).isNull();
				assertThatThrownBy(image::bytes).isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("response_format=url");
			})
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/images/generations")).withRequestBody(equalToJson("""
				{"prompt": "A cute baby sea otter", "model": "dall-e-3", "quality": "hd", "style": "natural",
				 "response_format": "url", "size": "1792x1024"}
				""", false, false)));
	}

	static String sse(String... events) {
		StringBuilder body = new StringBuilder();
		for (String event : events) {
			body.append(event).append("\n\n");
		}
		return body.toString();
	}

	static String partialEvent(String type, int index) {
		return "event: " + type + "\ndata: {\"type\": \"" + type + "\", \"b64_json\": \"" + PNG_BASE64
				+ "\", \"created_at\": 1620000000, \"size\": \"1024x1024\", \"quality\": \"high\", "
				+ "\"background\": \"transparent\", \"output_format\": \"png\", \"partial_image_index\": " + index + "}";
	}

	static String completedEvent(String type) {
		return "event: " + type + "\ndata: {\"type\": \"" + type + "\", \"b64_json\": \"" + PNG_BASE64
				+ "\", \"created_at\": 1620000005, \"size\": \"1024x1024\", \"quality\": \"high\", "
				+ "\"background\": \"transparent\", \"output_format\": \"png\", \"usage\": {\"total_tokens\": 100, "
				+ "\"input_tokens\": 50, \"output_tokens\": 50, \"input_tokens_details\": {\"text_tokens\": 10, \"image_tokens\": 40}}}";
	}

	@Test
	void generateStreamSendsStreamTrueAndEmitsTypedPartialAndCompletedEvents() {
		this.server.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(sse(partialEvent(ImagePartialImageEvent.GENERATION, 0),
					partialEvent(ImagePartialImageEvent.GENERATION, 1),
					"data: {\"type\": \"image_generation.heartbeat\", \"sequence\": 3}",
					completedEvent(ImageCompletedEvent.GENERATION)))));

		ImageGenerationRequest request = ImageGenerationRequest.builder()
			.prompt("Draw a gorgeous image of a river made of white owl feathers")
			.model("gpt-image-1.5")
			.partialImages(2)
			.build();
		try (BlockingStream<ImageStreamEvent> events = this.client.images().generateStream(request)) {
			List<ImageStreamEvent> all = events.stream().toList();
			assertThat(all).hasSize(4);
			assertThat(all.get(0)).isInstanceOfSatisfying(ImagePartialImageEvent.class, (partial) -> {
				assertThat(partial.partialImageIndex()).isZero();
				assertThat(partial.bytes()).isEqualTo(PNG);
				assertThat(partial.background()).isEqualTo(ImageBackground.TRANSPARENT);
				assertThat(partial.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1620000000));
			});
			assertThat(all.get(1)).isInstanceOfSatisfying(ImagePartialImageEvent.class,
					(partial) -> assertThat(partial.partialImageIndex()).isOne());
			assertThat(all.get(2))
				.isEqualTo(new ImageStreamEvent.Unknown("image_generation.heartbeat", Map.of("sequence", 3)));
			assertThat(all.get(3)).isInstanceOfSatisfying(ImageCompletedEvent.class, (completed) -> {
				assertThat(completed.type()).isEqualTo("image_generation.completed");
				assertThat(completed.tokenUsage()).isEqualTo(new TokenUsage(50, 50));
				assertThat(completed.writeTo(this.temp.resolve("river.png"))).hasBinaryContent(PNG);
			});
		}
		this.server.verify(postRequestedFor(urlEqualTo("/v1/images/generations"))
			.withHeader("Accept", equalTo("text/event-stream"))
			.withRequestBody(equalToJson("""
					{"prompt": "Draw a gorgeous image of a river made of white owl feathers", "model": "gpt-image-1.5",
					 "partial_images": 2, "stream": true}
					""", false, false)));
	}

	@Test
	void streamErrorEventEndsTheFluxWithTypedError() {
		this.server.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(sse(partialEvent(ImagePartialImageEvent.GENERATION, 0), "event: error\ndata: {\"error\": "
					+ "{\"message\": \"Your request was rejected by the safety system.\", \"type\": \"image_generation_user_error\", "
					+ "\"code\": \"moderation_blocked\"}}"))));

		StepVerifier
			.create(this.client.images()
				.generateStreamAsync(ImageGenerationRequest.builder().prompt("A sea otter").model("gpt-image-1").build()))
			.expectNextMatches(ImagePartialImageEvent.class::isInstance)
			.expectErrorSatisfies((error) -> assertThat(error).hasMessageContaining("safety system"))
			.verify();
	}

	@Test
	void badRequestCarriesTheParam() {
		this.server.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_img400")
			.withBody("""
					{"error": {"message": "Invalid size '1000x1000'. Supported sizes are 1024x1024, 1024x1536, 1536x1024, and auto.",
					 "type": "invalid_request_error", "param": "size", "code": "invalid_value"}}
					""")));

		assertThatThrownBy(() -> this.client.images()
			.generate(ImageGenerationRequest.builder().prompt("A sea otter").model("gpt-image-1").size("1000x1000").build()))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.param()).isEqualTo("size");
				assertThat(ex.code()).isEqualTo("invalid_value");
				assertThat(ex.requestId()).isEqualTo("req_img400");
			});
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations")));
	}

	@Test
	void invalidGenerationsAreRejectedBeforeAnyCall() {
		assertThatThrownBy(() -> ImageGenerationRequest.builder().build()).isInstanceOf(OpenAIValidationException.class)
			.hasMessage("prompt must not be blank");
		assertThatThrownBy(() -> ImageGenerationRequest.builder().prompt("otter").n(11).build())
			.hasMessage("n must be between 1 and 10, was 11");
		assertThatThrownBy(() -> ImageGenerationRequest.builder().prompt("otter").outputCompression(101).build())
			.hasMessage("output_compression must be between 0 and 100, was 101");
		assertThatThrownBy(() -> ImageGenerationRequest.builder().prompt("otter").partialImages(4).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("partial_images"));
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void largeBase64ImagesAreDecodedAcrossChunks() {
		byte[] image = new byte[Base64Images.CHUNK * 3 + 7];
		new Random(42).nextBytes(image);
		EncodedImage encoded = new Image(Base64.getEncoder().encodeToString(image), null, null);

		assertThat(encoded.writeTo(this.temp.resolve("large.webp"))).hasBinaryContent(image);
		assertThat(encoded.bytes()).isEqualTo(image);
		assertThatThrownBy(() -> new Image("iVBORw0KGgo!", null, null).bytes())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Invalid base64 image data");
		assertThat(new Image(PNG_BASE64, null, null).toString()).isEqualTo("Image[b64Json=96 chars]");
	}

	@Test
	void writeToReplacesAnExistingFile() throws Exception {
		Path file = Files.writeString(this.temp.resolve("otter.png"), "an older and much longer file content");

		new Image(PNG_BASE64, null, null).writeTo(file);

		assertThat(file).hasBinaryContent(PNG);
	}

}
