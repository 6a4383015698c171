package dev.integrations.openai.images;

import java.nio.file.Path;
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
 * A request to {@code POST /images/variations}, sent as {@code multipart/form-data} (all fields of
 * {@code CreateImageVariationRequest}). Build with {@link #builder()}; {@code image} is required.
 *
 * @param image the image to vary: a square PNG under 4 MB
 * @param model the model; only {@code dall-e-2}
 * @param n the number of images, 1 to 10
 * @param responseFormat URL or base64
 * @param size {@code 256x256}, {@code 512x512} or {@code 1024x1024}
 * @param user an identifier of your end user, for abuse monitoring
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record ImageVariationRequest(FileContent image, @Nullable String model, @Nullable Integer n,
		@Nullable ImageResponseFormat responseFormat, @Nullable String size, @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the request.
	 */
	public ImageVariationRequest {
		extra = Extras.copy(extra);
		Validation.required("image", image);
		Validation.range("n", n, 1, 10);
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
	 * Builds an {@link ImageVariationRequest}.
	 */
	public static final class Builder extends RecordBuilder<ImageVariationRequest, Builder> {

		private Builder(@Nullable ImageVariationRequest from) {
			super(ImageVariationRequest.class, from);
		}

		/** Sets {@code image}: the image to vary: a square PNG under 4 MB. */
		public Builder image(FileContent image) {
			return set("image", image);
		}

		/**
		 * Sets {@code image} to a file on disk.
		 * @param image the image to vary: a square PNG under 4 MB
		 * @return this builder
		 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
		 */
		public Builder image(Path image) {
			return image(FileContent.of(image));
		}
		/** Sets {@code model}: the model; only {@code dall-e-2}, or {@code null} for the API default. */
		public Builder model(@Nullable String model) {
			return set("model", model);
		}
		/** Sets {@code n}: the number of images, 1 to 10, or {@code null} for the API default. */
		public Builder n(@Nullable Integer n) {
			return set("n", n);
		}
		/** Sets {@code response_format}: URL or base64, or {@code null} for the API default. */
		public Builder responseFormat(@Nullable ImageResponseFormat responseFormat) {
			return set("responseFormat", responseFormat);
		}
		/**
		 * Sets {@code size}: {@code 256x256}, {@code 512x512} or {@code 1024x1024}, or {@code null} for the API
		 * default.
		 */
		public Builder size(@Nullable String size) {
			return set("size", size);
		}
		/**
		 * Sets {@code user}: an identifier of your end user, for abuse monitoring, or {@code null} for the API default.
		 */
		public Builder user(@Nullable String user) {
			return set("user", user);
		}

	}

}
