package dev.integrations.openai.images;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A request to {@code POST /images/generations} (all fields of {@code CreateImageRequest}; {@code stream} is set by
 * {@link ImageService#generateStream(ImageGenerationRequest)}). Build with {@link #builder()}; {@code prompt} is
 * required.
 *
 * @param prompt the description of the image(s); up to 32000 characters for the GPT image models, 1000 for {@code
 * dall-e-2}, 4000 for {@code dall-e-3}
 * @param model the model, such as {@code gpt-image-1.5}, {@code dall-e-3} or {@code dall-e-2}
 * @param n the number of images, 1 to 10 (only 1 for {@code dall-e-3})
 * @param quality the quality
 * @param responseFormat URL or base64, for DALL-E only (GPT image models always return base64)
 * @param outputFormat the file format, for the GPT image models
 * @param outputCompression the compression level, 0 to 100, for {@code jpeg} and {@code webp}
 * @param partialImages the number of partial images to stream, 0 to 3 (streaming only)
 * @param size the size, such as {@code 1024x1024} (see {@link ImageSize})
 * @param moderation the content-moderation level, for the GPT image models
 * @param background the background, for the GPT image models
 * @param style the style, for {@code dall-e-3}
 * @param user an identifier of your end user, for abuse monitoring
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record ImageGenerationRequest(String prompt, @Nullable String model, @Nullable Integer n,
		@Nullable ImageQuality quality, @Nullable ImageResponseFormat responseFormat,
		@Nullable ImageOutputFormat outputFormat, @Nullable Integer outputCompression, @Nullable Integer partialImages,
		@Nullable String size, @Nullable ImageModeration moderation, @Nullable ImageBackground background,
		@Nullable ImageStyle style, @Nullable String user, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the request.
	 */
	public ImageGenerationRequest {
		extra = Extras.copy(extra);
		Validation.notBlank("prompt", prompt);
		Validation.range("n", n, 1, 10);
		Validation.range("output_compression", outputCompression, 0, 100);
		Validation.range("partial_images", partialImages, 0, 3);
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * A builder initialized with this request.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds an {@link ImageGenerationRequest}.
	 */
	public static final class Builder extends RecordBuilder<ImageGenerationRequest, Builder> {

		private Builder(@Nullable ImageGenerationRequest from) {
			super(ImageGenerationRequest.class, from);
		}

		/**
		 * Sets {@code prompt}: the description of the image(s); up to 32000 characters for the GPT image models, 1000
		 * for {@code dall-e-2}, 4000 for {@code dall-e-3}.
		 */
		public Builder prompt(String prompt) {
			return set("prompt", prompt);
		}
		/**
		 * Sets {@code model}: the model, such as {@code gpt-image-1.5}, {@code dall-e-3} or {@code dall-e-2}, or {@code
		 * null} for the API default.
		 */
		public Builder model(@Nullable String model) {
			return set("model", model);
		}
		/**
		 * Sets {@code n}: the number of images, 1 to 10 (only 1 for {@code dall-e-3}), or {@code null} for the API
		 * default.
		 */
		public Builder n(@Nullable Integer n) {
			return set("n", n);
		}
		/** Sets {@code quality}: the quality, or {@code null} for the API default. */
		public Builder quality(@Nullable ImageQuality quality) {
			return set("quality", quality);
		}
		/**
		 * Sets {@code response_format}: URL or base64, for DALL-E only (GPT image models always return base64), or
		 * {@code null} for the API default.
		 */
		public Builder responseFormat(@Nullable ImageResponseFormat responseFormat) {
			return set("responseFormat", responseFormat);
		}
		/**
		 * Sets {@code output_format}: the file format, for the GPT image models, or {@code null} for the API default.
		 */
		public Builder outputFormat(@Nullable ImageOutputFormat outputFormat) {
			return set("outputFormat", outputFormat);
		}
		/**
		 * Sets {@code output_compression}: the compression level, 0 to 100, for {@code jpeg} and {@code webp}, or
		 * {@code null} for the API default.
		 */
		public Builder outputCompression(@Nullable Integer outputCompression) {
			return set("outputCompression", outputCompression);
		}
		/**
		 * Sets {@code partial_images}: the number of partial images to stream, 0 to 3 (streaming only), or {@code null}
		 * for the API default.
		 */
		public Builder partialImages(@Nullable Integer partialImages) {
			return set("partialImages", partialImages);
		}
		/**
		 * Sets {@code size}: the size, such as {@code 1024x1024} (see {@link ImageSize}), or {@code null} for the API
		 * default.
		 */
		public Builder size(@Nullable String size) {
			return set("size", size);
		}
		/**
		 * Sets {@code moderation}: the content-moderation level, for the GPT image models, or {@code null} for the API
		 * default.
		 */
		public Builder moderation(@Nullable ImageModeration moderation) {
			return set("moderation", moderation);
		}
		/** Sets {@code background}: the background, for the GPT image models, or {@code null} for the API default. */
		public Builder background(@Nullable ImageBackground background) {
			return set("background", background);
		}
		/** Sets {@code style}: the style, for {@code dall-e-3}, or {@code null} for the API default. */
		public Builder style(@Nullable ImageStyle style) {
			return set("style", style);
		}
		/**
		 * Sets {@code user}: an identifier of your end user, for abuse monitoring, or {@code null} for the API default.
		 */
		public Builder user(@Nullable String user) {
			return set("user", user);
		}

	}

}
