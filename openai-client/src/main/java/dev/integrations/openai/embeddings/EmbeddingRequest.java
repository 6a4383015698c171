package dev.integrations.openai.embeddings;

import java.util.List;
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
 * A request to {@code POST /embeddings}. Build with {@link #builder()}; {@code model} and {@code input} are
 * required.
 *
 * @param input the text(s) or token array(s) to embed
 * @param model the embedding model, such as {@code text-embedding-3-small}
 * @param encodingFormat how vectors travel on the wire; when not set the service asks for
 * {@link EncodingFormat#BASE64} (a quarter of the payload) and decodes it, so the vectors are the same
 * @param dimensions the number of dimensions of the output vectors, at least 1 ({@code text-embedding-3} and later)
 * @param user an identifier of your end user, for abuse monitoring
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record EmbeddingRequest(EmbeddingInput input, String model, @Nullable EncodingFormat encodingFormat,
		@Nullable Integer dimensions, @Nullable String user, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the request.
	 */
	public EmbeddingRequest {
		extra = Extras.copy(extra);
		Validation.required("input", input);
		Validation.notBlank("model", model);
		if (dimensions != null && dimensions < 1) {
			throw new OpenAIValidationException("dimensions", "dimensions must be at least 1, was " + dimensions);
		}
	}

	/**
	 * Shorthand for the common case: one text with a model.
	 * @param model the model
	 * @param text the text
	 * @return the request
	 */
	public static EmbeddingRequest of(String model, String text) {
		return builder().model(model).input(text).build();
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
	 * Builds an {@link EmbeddingRequest}.
	 */
	public static final class Builder extends RecordBuilder<EmbeddingRequest, Builder> {

		private Builder(@Nullable EmbeddingRequest from) {
			super(EmbeddingRequest.class, from);
		}

		/** Sets the input. */
		public Builder input(EmbeddingInput input) {
			return set("input", input);
		}

		/** Sets one text as the input: the text, not empty. */
		public Builder input(String text) {
			return input(EmbeddingInput.of(text));
		}

		/** Sets several texts as the input: the texts, 1 to 2048. */
		public Builder input(List<String> texts) {
			return input(EmbeddingInput.of(texts));
		}

		/** Sets the model: the model, such as {@code text-embedding-3-small}. */
		public Builder model(String model) {
			return set("model", model);
		}

		/** Sets the wire encoding of the vectors: the encoding, or {@code null} for the service default (base64). */
		public Builder encodingFormat(@Nullable EncodingFormat encodingFormat) {
			return set("encodingFormat", encodingFormat);
		}

		/** Sets the number of output dimensions: at least 1, or {@code null} for the model's full size. */
		public Builder dimensions(@Nullable Integer dimensions) {
			return set("dimensions", dimensions);
		}

		/** Sets the end-user identifier ({@code null} unsets it). */
		public Builder user(@Nullable String user) {
			return set("user", user);
		}

	}

}
