package dev.integrations.openai.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A request to {@code POST /images/edits}, sent as {@code multipart/form-data} (all fields of
 * {@code CreateImageEditRequest}; {@code stream} is set by {@link ImageService#editStream(ImageEditRequest)}).
 * Build with {@link #builder()}; at least one image and the {@code prompt} are required.
 *
 * @param images the image(s) to edit, 1 to 16 (one for {@code dall-e-2}); sent as {@code image}, or as {@code
 * image[]} parts when there are several
 * @param mask a PNG whose fully transparent areas mark where the first image is edited
 * @param prompt the description of the edit; up to 32000 characters for the GPT image models, 1000 for {@code
 * dall-e-2}
 * @param background the background, for the GPT image models
 * @param model the model, such as {@code gpt-image-1.5} (the default) or {@code dall-e-2}
 * @param n the number of images, 1 to 10
 * @param size the size, such as {@code 1024x1024} (see {@link ImageSize})
 * @param responseFormat URL or base64, for {@code dall-e-2} only
 * @param outputFormat the file format, for the GPT image models
 * @param outputCompression the compression level, 0 to 100, for {@code jpeg} and {@code webp}
 * @param user an identifier of your end user, for abuse monitoring
 * @param inputFidelity how closely to match the input images
 * @param partialImages the number of partial images to stream, 0 to 3 (streaming only)
 * @param quality the quality, for the GPT image models
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record ImageEditRequest(List<FileContent> images, @Nullable FileContent mask, String prompt,
		@Nullable ImageBackground background, @Nullable String model, @Nullable Integer n, @Nullable String size,
		@Nullable ImageResponseFormat responseFormat, @Nullable ImageOutputFormat outputFormat,
		@Nullable Integer outputCompression, @Nullable String user, @Nullable ImageInputFidelity inputFidelity,
		@Nullable Integer partialImages, @Nullable ImageQuality quality,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/** The most images one edit accepts. */
	public static final int MAX_IMAGES = 16;

	/**
	 * Checks the request.
	 */
	public ImageEditRequest {
		extra = Extras.copy(extra);
		Validation.notEmpty("image", images);
		Validation.maxSize("image", images, MAX_IMAGES);
		images = List.copyOf(images);
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
	 * Builds an {@link ImageEditRequest}.
	 */
	public static final class Builder extends RecordBuilder<ImageEditRequest, Builder> {

		private Builder(@Nullable ImageEditRequest from) {
			super(ImageEditRequest.class, from);
		}

		/** Adds an image to edit. */
		public Builder image(FileContent image) {
			return add("images", image);
		}

		/**
		 * Adds an image on disk to edit.
		 * @param image the image file
		 * @return this builder
		 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
		 */
		public Builder image(Path image) {
			return image(FileContent.of(image));
		}

		/** Replaces the images to edit: the images, 1 to 16. */
		public Builder images(List<FileContent> images) {
			return set("images", images);
		}

		/**
		 * Sets {@code mask}: a PNG whose fully transparent areas mark where the first image is edited, or {@code null}
		 * for the API default.
		 */
		public Builder mask(@Nullable FileContent mask) {
			return set("mask", mask);
		}

		/**
		 * Sets {@code mask} to a file on disk.
		 * @param mask a PNG whose fully transparent areas mark where the first image is edited
		 * @return this builder
		 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
		 */
		public Builder mask(Path mask) {
			return mask(FileContent.of(mask));
		}
		/**
		 * Sets {@code prompt}: the description of the edit; up to 32000 characters for the GPT image models, 1000 for
		 * {@code dall-e-2}.
		 */
		public Builder prompt(String prompt) {
			return set("prompt", prompt);
		}
		/** Sets {@code background}: the background, for the GPT image models, or {@code null} for the API default. */
		public Builder background(@Nullable ImageBackground background) {
			return set("background", background);
		}
		/**
		 * Sets {@code model}: the model, such as {@code gpt-image-1.5} (the default) or {@code dall-e-2}, or {@code
		 * null} for the API default.
		 */
		public Builder model(@Nullable String model) {
			return set("model", model);
		}
		/** Sets {@code n}: the number of images, 1 to 10, or {@code null} for the API default. */
		public Builder n(@Nullable Integer n) {
			return set("n", n);
		}
		/**
		 * Sets {@code size}: the size, such as {@code 1024x1024} (see {@link ImageSize}), or {@code null} for the API
		 * default.
		 */
		public Builder size(@Nullable String size) {
			return set("size", size);
		}
		/**
		 * Sets {@code response_format}: URL or base64, for {@code dall-e-2} only, or {@code null} for the API default.
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
		 * Sets {@code user}: an identifier of your end user, for abuse monitoring, or {@code null} for the API default.
		 */
		public Builder user(@Nullable String user) {
			return set("user", user);
		}
		/** Sets {@code input_fidelity}: how closely to match the input images, or {@code null} for the API default. */
		public Builder inputFidelity(@Nullable ImageInputFidelity inputFidelity) {
			return set("inputFidelity", inputFidelity);
		}
		/**
		 * Sets {@code partial_images}: the number of partial images to stream, 0 to 3 (streaming only), or {@code null}
		 * for the API default.
		 */
		public Builder partialImages(@Nullable Integer partialImages) {
			return set("partialImages", partialImages);
		}
		/** Sets {@code quality}: the quality, for the GPT image models, or {@code null} for the API default. */
		public Builder quality(@Nullable ImageQuality quality) {
			return set("quality", quality);
		}

	}

}
