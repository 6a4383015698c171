package dev.integrations.openai.images;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.github.tomakehurst.wiremock.http.Request;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.integrations.openai.images.ImageGenerationTest.GPT_IMAGE_RESPONSE;
import static dev.integrations.openai.images.ImageGenerationTest.PNG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageUploadTest extends WireMockSupport {

	@TempDir
	Path temp;

	private Request lastRequest() {
		return this.server.getAllServeEvents().get(0).getRequest();
	}

	private static String text(Request.Part part) {
		return new String(part.getBody().asBytes(), StandardCharsets.UTF_8);
	}

	@Test
	void editSendsEachImageAsAnImageArrayPartWithMaskAndEveryField() throws Exception {
		this.server.stubFor(post("/v1/images/edits").willReturn(okJson(GPT_IMAGE_RESPONSE)));
		Path lotion = Files.write(this.temp.resolve("body-lotion.png"), PNG);
		byte[] bathBomb = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
		byte[] soap = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
		Path mask = Files.write(this.temp.resolve("mask.png"), PNG);

		ImagesResponse response = this.client.images()
			.edit(ImageEditRequest.builder()
				.image(FileContent.of(lotion))
				.image(FileContent.of(bathBomb, "bath-bomb.jpg"))
				.image(FileContent.of(new ByteArrayInputStream(soap), "soap.webp"))
				.mask(FileContent.of(mask))
				.prompt("Create a lovely gift basket with these three items in it")
				.model("gpt-image-1.5")
				.background(ImageBackground.OPAQUE)
				.n(2)
				.size(ImageSize.LANDSCAPE_1536X1024)
				.outputFormat(ImageOutputFormat.JPEG)
				.outputCompression(90)
				.user("user-1234")
				.inputFidelity(ImageInputFidelity.HIGH)
				.quality(ImageQuality.MEDIUM)
				.build());

		assertThat(response.data().get(0).bytes()).isEqualTo(PNG);
		Request request = lastRequest();
		assertThat(request.getUrl()).isEqualTo("/v1/images/edits");
		assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data;boundary=");
		List<Request.Part> parts = List.copyOf(request.getParts());
		assertThat(parts).extracting(Request.Part::getName)
			.containsExactly("image[]", "image[]", "image[]", "mask", "prompt", "background", "model", "n", "size",
					"output_format", "output_compression", "user", "input_fidelity", "quality");
		assertThat(parts.get(0).getHeader("Content-Disposition").firstValue())
			.isEqualTo("form-data; name=\"image[]\"; filename=\"body-lotion.png\"");
		assertThat(parts.get(0).getHeader("Content-Type").firstValue()).isEqualTo("image/png");
		assertThat(parts.get(0).getBody().asBytes()).isEqualTo(PNG);
		assertThat(parts.get(1).getHeader("Content-Disposition").firstValue()).contains("filename=\"bath-bomb.jpg\"");
		assertThat(parts.get(1).getHeader("Content-Type").firstValue()).isEqualTo("image/jpeg");
		assertThat(parts.get(1).getBody().asBytes()).isEqualTo(bathBomb);
		assertThat(parts.get(2).getHeader("Content-Disposition").firstValue()).contains("filename=\"soap.webp\"");
		assertThat(parts.get(2).getHeader("Content-Type").firstValue()).isEqualTo("image/webp");
		assertThat(parts.get(2).getBody().asBytes()).isEqualTo(soap);
		assertThat(parts.get(3).getHeader("Content-Disposition").firstValue())
			.isEqualTo("form-data; name=\"mask\"; filename=\"mask.png\"");
		assertThat(parts.subList(4, parts.size())).extracting(ImageUploadTest::text)
			.containsExactly("Create a lovely gift basket with these three items in it", "opaque", "gpt-image-1.5", "2",
					"1536x1024", "jpeg", "90", "user-1234", "high", "medium");
	}

	@Test
	void editWithOneImageUsesThePlainImagePartName() {
		this.server.stubFor(post("/v1/images/edits").willReturn(okJson("""
				{"created": 1713833628, "data": [{"url": "https://oaidalleapiprodscus.blob.core.windows.net/private/img-edit.png"}]}
				""")));

		StepVerifier
			.create(this.client.images()
				.editAsync(ImageEditRequest.builder()
					.image(FileContent.of(PNG, "otter.png"))
					.prompt("A cute baby sea otter wearing a beret")
					.model("dall-e-2")
					.responseFormat(ImageResponseFormat.URL)
					.size(ImageSize.SQUARE_512)
					.build()))
			.assertNext((response) -> assertThat(response.data().get(0).url()).endsWith("img-edit.png"))
			.verifyComplete();

		this.server.verify(postRequestedFor(urlEqualTo("/v1/images/edits"))
			.withRequestBodyPart(aMultipart().withName("image")
				.withHeader("Content-Disposition", containing("filename=\"otter.png\""))
				.withHeader("Content-Type", equalTo("image/png"))
				.withBody(binaryEqualTo(PNG))
				.build())
			.withRequestBodyPart(aMultipart().withName("response_format").withBody(equalTo("url")).build())
			.withRequestBodyPart(aMultipart().withName("size").withBody(equalTo("512x512")).build()));
		assertThat(lastRequest().getParts()).extracting(Request.Part::getName)
			.containsExactly("image", "prompt", "model", "size", "response_format");
	}

	@Test
	void editStreamSendsStreamTrueAndEmitsEditEvents() {
		this.server.stubFor(post("/v1/images/edits").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(ImageGenerationTest.sse(ImageGenerationTest.partialEvent(ImagePartialImageEvent.EDIT, 0),
					ImageGenerationTest.completedEvent(ImageCompletedEvent.EDIT)))));

		try (BlockingStream<ImageStreamEvent> events = this.client.images()
			.editStream(ImageEditRequest.builder()
				.image(FileContent.of(PNG, "otter.png"))
				.prompt("Add a watercolor effect to this image")
				.model("gpt-image-1.5")
				.partialImages(1)
				.build())) {
			assertThat(events.stream().map(ImageStreamEvent::type)).containsExactly("image_edit.partial_image",
					"image_edit.completed");
		}
		this.server.verify(postRequestedFor(urlEqualTo("/v1/images/edits"))
			.withHeader("Accept", equalTo("text/event-stream"))
			.withRequestBodyPart(aMultipart().withName("stream").withBody(equalTo("true")).build())
			.withRequestBodyPart(aMultipart().withName("partial_images").withBody(equalTo("1")).build()));
	}

	@Test
	void variationStreamsALargeFileFromAPathByteForByte() throws Exception {
		byte[] large = new byte[3 * 1024 * 1024 + 11];
		new Random(7).nextBytes(large);
		Path image = Files.write(this.temp.resolve("corgi.png"), large);
		this.server.stubFor(post("/v1/images/variations").willReturn(okJson("""
				{"created": 1713833628, "data": [{"b64_json": "%s"}, {"b64_json": "%s"}]}
				""".formatted(ImageGenerationTest.PNG_BASE64, ImageGenerationTest.PNG_BASE64))));

		ImagesResponse response = this.client.images()
			.createVariation(ImageVariationRequest.builder()
				.image(FileContent.of(image))
				.model("dall-e-2")
				.n(2)
				.responseFormat(ImageResponseFormat.B64_JSON)
				.size(ImageSize.SQUARE_1024)
				.user("user-1234")
				.build());

		assertThat(response.data()).hasSize(2);
		List<Request.Part> parts = List.copyOf(lastRequest().getParts());
		assertThat(parts).extracting(Request.Part::getName)
			.containsExactly("image", "model", "n", "response_format", "size", "user");
		assertThat(parts.get(0).getHeader("Content-Disposition").firstValue())
			.isEqualTo("form-data; name=\"image\"; filename=\"corgi.png\"");
		assertThat(parts.get(0).getBody().asBytes()).isEqualTo(large);
		assertThat(parts.subList(1, parts.size())).extracting(ImageUploadTest::text)
			.containsExactly("dall-e-2", "2", "b64_json", "1024x1024", "user-1234");
	}

	@Test
	void variationBadRequestCarriesTheParam() {
		this.server.stubFor(post("/v1/images/variations").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Invalid input image - format must be in ['RGBA', 'LA', 'L'], got RGB.",
					 "type": "invalid_request_error", "param": "image", "code": null}}
					""")));

		StepVerifier
			.create(this.client.images()
				.createVariationAsync(ImageVariationRequest.builder().image(FileContent.of(PNG, "corgi.png")).build()))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(BadRequestException.class,
					(ex) -> assertThat(ex.param()).isEqualTo("image")))
			.verify();
	}

	@Test
	void anInputStreamIsNeverResentOnRetry() {
		this.server.stubFor(post("/v1/images/variations").willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"The server is overloaded.\", \"type\": \"server_error\"}}")));

		assertThatThrownBy(() -> this.client.images()
			.createVariation(ImageVariationRequest.builder()
				.image(FileContent.of(new ByteArrayInputStream(PNG), "corgi.png"))
				.build())).isInstanceOfSatisfying(InternalServerException.class, (ex) -> {
					assertThat(ex.statusCode()).isEqualTo(503);
					assertThat(ex.attempts()).isEqualTo(1);
				})
			.hasMessageContaining("The server is overloaded.");
		assertThat(this.server.getAllServeEvents()).hasSize(1);
		assertThat(lastRequest().getPart("image").getBody().asBytes()).isEqualTo(PNG);
	}

	@Test
	void invalidUploadsAreRejectedBeforeAnyCall() {
		assertThatThrownBy(() -> ImageEditRequest.builder().prompt("Add a beret").build())
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessage("image must not be empty");
		FileContent otter = FileContent.of(PNG, "otter.png");
		assertThatThrownBy(
				() -> ImageEditRequest.builder().images(java.util.Collections.nCopies(17, otter)).prompt("Add a beret").build())
			.hasMessage("image must have at most 16 entries, had 17");
		assertThatThrownBy(() -> ImageEditRequest.builder().image(otter).prompt(" ").build())
			.hasMessage("prompt must not be blank");
		assertThatThrownBy(() -> ImageEditRequest.builder().image(otter).prompt("Add a beret").partialImages(-1).build())
			.hasMessage("partial_images must be between 0 and 3, was -1");
		assertThatThrownBy(() -> ImageVariationRequest.builder().build()).hasMessage("image is required");
		assertThatThrownBy(() -> ImageVariationRequest.builder().image(otter).n(0).build())
			.hasMessage("n must be between 1 and 10, was 0");
		assertThatThrownBy(() -> FileContent.of(this.temp.resolve("missing.png")))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("missing.png");
		assertThat(otter.withContentType("image/apng").contentType().toString()).isEqualTo("image/apng");
		assertThat(otter.toString()).isEqualTo("FileContent[otter.png, image/png, " + PNG.length + " bytes]");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
