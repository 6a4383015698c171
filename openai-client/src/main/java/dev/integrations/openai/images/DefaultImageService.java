package dev.integrations.openai.images;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.MultipartForm;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link ImageService} over the shared executor.
 */
final class DefaultImageService implements ImageService {

	private final ApiExecutor executor;

	DefaultImageService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public ImageService withOptions(RequestOptions options) {
		return new DefaultImageService(this.executor.withOptions(options));
	}

	@Override
	public ImagesResponse generate(ImageGenerationRequest request) {
		return this.executor.blocking(generateRequest(request, false), ImagesResponse.class);
	}

	@Override
	public Mono<ImagesResponse> generateAsync(ImageGenerationRequest request) {
		return this.executor.mono(() -> generateRequest(request, false), ImagesResponse.class);
	}

	@Override
	public BlockingStream<ImageStreamEvent> generateStream(ImageGenerationRequest request) {
		return this.executor.blockingStream(generateRequest(request, true), ImageStreamEvent.class);
	}

	@Override
	public Flux<ImageStreamEvent> generateStreamAsync(ImageGenerationRequest request) {
		return this.executor.stream(() -> generateRequest(request, true), ImageStreamEvent.class);
	}

	@Override
	public ImagesResponse edit(ImageEditRequest request) {
		return this.executor.blocking(editRequest(request, false), ImagesResponse.class);
	}

	@Override
	public Mono<ImagesResponse> editAsync(ImageEditRequest request) {
		return this.executor.mono(() -> editRequest(request, false), ImagesResponse.class);
	}

	@Override
	public BlockingStream<ImageStreamEvent> editStream(ImageEditRequest request) {
		return this.executor.blockingStream(editRequest(request, true), ImageStreamEvent.class);
	}

	@Override
	public Flux<ImageStreamEvent> editStreamAsync(ImageEditRequest request) {
		return this.executor.stream(() -> editRequest(request, true), ImageStreamEvent.class);
	}

	@Override
	public ImagesResponse createVariation(ImageVariationRequest request) {
		return this.executor.blocking(variationRequest(request), ImagesResponse.class);
	}

	@Override
	public Mono<ImagesResponse> createVariationAsync(ImageVariationRequest request) {
		return this.executor.mono(() -> variationRequest(request), ImagesResponse.class);
	}

	private static ApiRequest generateRequest(ImageGenerationRequest request, boolean stream) {
		return ApiRequest.post("/images/generations")
			.operation("images.generations.create")
			.model(request.model())
			.jsonBody(new GenerationBody(request, stream ? Boolean.TRUE : null))
			.build();
	}

	private ApiRequest editRequest(ImageEditRequest request, boolean stream) {
		MultipartForm form = this.executor.form();
		String imagePart = (request.images().size() == 1) ? "image" : "image[]";
		request.images().forEach((image) -> form.file(imagePart, image));
		form.file("mask", request.mask())
			.field("prompt", request.prompt())
			.field("background", request.background())
			.field("model", request.model())
			.field("n", request.n())
			.field("size", request.size())
			.field("response_format", request.responseFormat())
			.field("output_format", request.outputFormat())
			.field("output_compression", request.outputCompression())
			.field("user", request.user())
			.field("input_fidelity", request.inputFidelity())
			.field("stream", stream ? Boolean.TRUE : null)
			.field("partial_images", request.partialImages())
			.field("quality", request.quality())
			.fields(request.extra());
		return ApiRequest.post("/images/edits")
			.operation("images.edits.create")
			.model(request.model())
			.multipartBody(form.build())
			.build();
	}

	private ApiRequest variationRequest(ImageVariationRequest request) {
		MultipartForm form = this.executor.form().file("image", request.image())
			.field("model", request.model())
			.field("n", request.n())
			.field("response_format", request.responseFormat())
			.field("size", request.size())
			.field("user", request.user())
			.fields(request.extra());
		return ApiRequest.post("/images/variations")
			.operation("images.variations.create")
			.model(request.model())
			.multipartBody(form.build())
			.build();
	}

	/**
	 * The JSON body of a generation: the request's fields plus {@code stream} for the streaming form.
	 */
	private record GenerationBody(@JsonUnwrapped ImageGenerationRequest request, @Nullable Boolean stream) {

	}

}
