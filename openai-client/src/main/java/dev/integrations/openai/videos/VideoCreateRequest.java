package dev.integrations.openai.videos;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /videos}: sent as {@code multipart/form-data} when the reference image is a
 * {@link VideoUpload}, as JSON otherwise. Build with {@link #builder()}; the {@code prompt} is required.
 *
 * @param model the model, such as {@code sora-2} (the API's default) or {@code sora-2-pro}
 * @param prompt what the video shows, 1 to 32000 characters
 * @param inputReference a reference image that guides the generation
 * @param seconds the clip duration in seconds, such as {@code 4} (the API's default), {@code 8} or {@code 12}
 * @param size the resolution; {@code 720x1280} by default
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record VideoCreateRequest(@Nullable String model, String prompt, @Nullable VideoInputReference inputReference,
		@Nullable String seconds, @Nullable VideoSize size, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/** The longest prompt the API accepts, in characters. */
	public static final int MAX_PROMPT_LENGTH = 32000;

	/**
	 * Checks the prompt, the duration and the size.
	 */
	public VideoCreateRequest {
		extra = Extras.copy(extra);
		Validation.maxLength("prompt", Validation.notBlank("prompt", prompt), MAX_PROMPT_LENGTH);
		seconds(seconds);
		if (size == VideoSize.UNKNOWN) {
			throw new OpenAIValidationException("size",
					"size UNKNOWN is only read, never sent; choose a size the API names");
		}
	}

	/**
	 * Checks a clip duration as the API reads it: a whole number of seconds, at least 1, as text.
	 * @param seconds the duration, or {@code null} when not set
	 * @return the duration
	 */
	static @Nullable String seconds(@Nullable String seconds) {
		if (seconds != null && !seconds.matches("[1-9][0-9]{0,8}")) {
			throw new OpenAIValidationException("seconds",
					"seconds must be a whole number of seconds such as \"8\", was \"" + seconds + "\"");
		}
		return seconds;
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
	 * Builds a {@link VideoCreateRequest}.
	 */
	public static final class Builder extends RecordBuilder<VideoCreateRequest, Builder> {

		private Builder(@Nullable VideoCreateRequest from) {
			super(VideoCreateRequest.class, from);
		}

		/** Sets the model, such as {@code sora-2} (the API's default) or {@code sora-2-pro}. */
		public Builder model(@Nullable String model) {
			return set("model", model);
		}

		/** Sets the prompt (required): what the video shows, 1 to 32000 characters. */
		public Builder prompt(String prompt) {
			return set("prompt", prompt);
		}

		/** Sets the reference image that guides the generation: an upload, an image URL or a file ID. */
		public Builder inputReference(@Nullable VideoInputReference inputReference) {
			return set("inputReference", inputReference);
		}

		/**
		 * Sets an image file on disk as the reference image, sent as multipart.
		 * @param inputReference the image, named after its last path element
		 * @return this builder
		 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
		 */
		public Builder inputReference(Path inputReference) {
			return set("inputReference", VideoUpload.of(inputReference));
		}

		/** Sets the clip duration in seconds as its wire text, such as {@code "8"}. */
		public Builder seconds(@Nullable String seconds) {
			return set("seconds", seconds);
		}

		/** Sets the clip duration in seconds: 4 (the API's default), 8 or 12. */
		public Builder seconds(int seconds) {
			return set("seconds", Integer.toString(seconds));
		}

		/** Sets the resolution; {@code 720x1280} by default. */
		public Builder size(@Nullable VideoSize size) {
			return set("size", size);
		}

	}

}
