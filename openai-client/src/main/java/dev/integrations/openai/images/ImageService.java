package dev.integrations.openai.images;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Images API. Blocking methods run on the caller's thread; {@code Async} methods return a lazy {@link Mono} or
 * {@link Flux} that calls on subscription. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#images()}.
 *
 * <pre>{@code
 * ImagesResponse response = client.images().generate(ImageGenerationRequest.builder()
 *     .model("gpt-image-1.5").prompt("A cute baby sea otter").size(ImageSize.SQUARE_1024).build());
 * response.data().get(0).writeTo(Path.of("otter.png"));
 * }</pre>
 *
 * Streaming methods ({@code stream=true}, GPT image models) emit up to {@code partial_images}
 * {@link ImagePartialImageEvent}s and then one {@link ImageCompletedEvent}.
 */
public interface ImageService extends OpenAIService<ImageService> {

	/**
	 * Generates images from a prompt ({@code POST /images/generations}).
	 * @param request the request
	 * @return the images
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the request breaks a constraint
	 * @throws dev.integrations.openai.errors.BadRequestException if the API refuses the request
	 */
	ImagesResponse generate(ImageGenerationRequest request);

	/** {@link #generate(ImageGenerationRequest)} as a lazy {@link Mono}. */
	Mono<ImagesResponse> generateAsync(ImageGenerationRequest request);

	/**
	 * Generates an image, streaming partial images ({@code POST /images/generations} with {@code stream=true}).
	 * @param request the request
	 * @return the events; close the stream to stop early
	 */
	BlockingStream<ImageStreamEvent> generateStream(ImageGenerationRequest request);

	/**
	 * Generates an image, streaming partial images ({@code POST /images/generations} with {@code stream=true}).
	 * @param request the request
	 * @return the events
	 */
	Flux<ImageStreamEvent> generateStreamAsync(ImageGenerationRequest request);

	/**
	 * Edits or extends images ({@code POST /images/edits}, multipart).
	 * @param request the request
	 * @return the edited images
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the request breaks a constraint
	 * @throws dev.integrations.openai.errors.BadRequestException if the API refuses the request
	 */
	ImagesResponse edit(ImageEditRequest request);

	/** {@link #edit(ImageEditRequest)} as a lazy {@link Mono}. */
	Mono<ImagesResponse> editAsync(ImageEditRequest request);

	/**
	 * Edits images, streaming partial images ({@code POST /images/edits}, multipart with {@code stream=true}).
	 * @param request the request
	 * @return the events; close the stream to stop early
	 */
	BlockingStream<ImageStreamEvent> editStream(ImageEditRequest request);

	/**
	 * Edits images, streaming partial images ({@code POST /images/edits}, multipart with {@code stream=true}).
	 * @param request the request
	 * @return the events
	 */
	Flux<ImageStreamEvent> editStreamAsync(ImageEditRequest request);

	/**
	 * Creates variations of an image ({@code POST /images/variations}, multipart; {@code dall-e-2}).
	 * @param request the request
	 * @return the variations
	 * @throws dev.integrations.openai.errors.BadRequestException if the API refuses the request
	 */
	ImagesResponse createVariation(ImageVariationRequest request);

	/** {@link #createVariation(ImageVariationRequest)} as a lazy {@link Mono}. */
	Mono<ImagesResponse> createVariationAsync(ImageVariationRequest request);

}
