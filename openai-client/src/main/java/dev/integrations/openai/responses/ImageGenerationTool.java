package dev.integrations.openai.responses;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Image generation ({@code type: image_generation}): the model generates or edits images with a GPT image model.
 * Every option is optional; {@link #builder()} sets them.
 *
 * @param model the image model, such as {@code gpt-image-1} (the default) or {@code gpt-image-1-mini}
 * @param quality {@code low}, {@code medium}, {@code high} or {@code auto} (the default)
 * @param size {@code 1024x1024}, {@code 1024x1536}, {@code 1536x1024} or {@code auto} (the default)
 * @param outputFormat {@code png} (the default), {@code webp} or {@code jpeg}
 * @param outputCompression the compression of {@code webp} and {@code jpeg} images, 0 to 100 (default 100)
 * @param moderation {@code auto} (the default) or {@code low}
 * @param background {@code transparent}, {@code opaque} or {@code auto} (the default)
 * @param inputFidelity how closely edits match the input images: {@code high} or {@code low}
 * @param inputImageMask the mask for inpainting
 * @param partialImages how many partial images to stream, 0 (the default) to 3
 * @param action {@code generate}, {@code edit} or {@code auto} (the default)
 */
@JsonTypeName("image_generation")
public record ImageGenerationTool(@Nullable String model, @Nullable String quality, @Nullable String size,
		@Nullable String outputFormat, @Nullable Integer outputCompression, @Nullable String moderation,
		@Nullable String background, @Nullable String inputFidelity, @Nullable InputImageMask inputImageMask,
		@Nullable Integer partialImages, @Nullable String action) implements ResponseTool {

	@Override
	public String type() {
		return "image_generation";
	}

	@Override
	public void validate() {
		Validation.range("tools.image_generation.output_compression", this.outputCompression, 0, 100);
		Validation.range("tools.image_generation.partial_images", this.partialImages, 0, 3);
	}

	/**
	 * Starts a builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The mask for inpainting ({@code input_image_mask}): an image URL or an uploaded file.
	 *
	 * @param imageUrl the mask as a URL or base64 data URL
	 * @param fileId the mask as an uploaded file
	 */
	public record InputImageMask(@Nullable String imageUrl, @Nullable String fileId) {

	}

	/**
	 * Builds an {@link ImageGenerationTool}.
	 */
	public static final class Builder {

		private @Nullable String model;

		private @Nullable String quality;

		private @Nullable String size;

		private @Nullable String outputFormat;

		private @Nullable Integer outputCompression;

		private @Nullable String moderation;

		private @Nullable String background;

		private @Nullable String inputFidelity;

		private @Nullable InputImageMask inputImageMask;

		private @Nullable Integer partialImages;

		private @Nullable String action;

		private Builder() {
		}

		/** Sets {@code model}: the image model, such as {@code gpt-image-1}. */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/** Sets {@code quality}: {@code low}, {@code medium}, {@code high} or {@code auto}. */
		public Builder quality(@Nullable String quality) {
			this.quality = quality;
			return this;
		}

		/** Sets {@code size}: such as {@code 1024x1536}. */
		public Builder size(@Nullable String size) {
			this.size = size;
			return this;
		}

		/** Sets {@code output_format}: {@code png}, {@code webp} or {@code jpeg}. */
		public Builder outputFormat(@Nullable String outputFormat) {
			this.outputFormat = outputFormat;
			return this;
		}

		/** Sets {@code output_compression}: 0 to 100. */
		public Builder outputCompression(@Nullable Integer outputCompression) {
			this.outputCompression = outputCompression;
			return this;
		}

		/** Sets {@code moderation}: {@code auto} or {@code low}. */
		public Builder moderation(@Nullable String moderation) {
			this.moderation = moderation;
			return this;
		}

		/** Sets {@code background}: {@code transparent}, {@code opaque} or {@code auto}. */
		public Builder background(@Nullable String background) {
			this.background = background;
			return this;
		}

		/** Sets {@code input_fidelity}: {@code high} or {@code low}. */
		public Builder inputFidelity(@Nullable String inputFidelity) {
			this.inputFidelity = inputFidelity;
			return this;
		}

		/** Sets {@code input_image_mask}: the mask for inpainting. */
		public Builder inputImageMask(@Nullable InputImageMask inputImageMask) {
			this.inputImageMask = inputImageMask;
			return this;
		}

		/** Sets {@code partial_images}: 0 to 3. */
		public Builder partialImages(@Nullable Integer partialImages) {
			this.partialImages = partialImages;
			return this;
		}

		/** Sets {@code action}: {@code generate}, {@code edit} or {@code auto}. */
		public Builder action(@Nullable String action) {
			this.action = action;
			return this;
		}

		/**
		 * Builds the tool.
		 * @return the tool
		 * @throws dev.integrations.openai.errors.OpenAIValidationException when a value is out of range
		 */
		public ImageGenerationTool build() {
			ImageGenerationTool tool = new ImageGenerationTool(this.model, this.quality, this.size, this.outputFormat,
					this.outputCompression, this.moderation, this.background, this.inputFidelity,
					this.inputImageMask, this.partialImages, this.action);
			tool.validate();
			return tool;
		}

	}

}
