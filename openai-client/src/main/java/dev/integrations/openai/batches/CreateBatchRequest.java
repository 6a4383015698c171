package dev.integrations.openai.batches;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /batches}. Build with {@link #builder()}.
 *
 * @param inputFileId the ID of an uploaded JSONL file (purpose {@code batch}) holding up to 50,000 requests
 * @param endpoint the endpoint every request of the file goes to
 * @param completionWindow the time frame within which the batch should be processed; only {@code 24h}
 * @param metadata up to 16 key-value pairs
 * @param outputExpiresAfter when the output and error files expire
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record CreateBatchRequest(String inputFileId, BatchEndpoint endpoint, String completionWindow,
		@Nullable Map<String, String> metadata, @Nullable BatchOutputExpiration outputExpiresAfter,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/** The only completion window the API supports. */
	public static final String COMPLETION_WINDOW_24H = "24h";

	/**
	 * Checks the fields.
	 */
	public CreateBatchRequest {
		extra = Extras.copy(extra);
		Validation.notBlank("input_file_id", inputFileId);
		Validation.required("endpoint", endpoint);
		Validation.notBlank("completion_window", completionWindow);
		Validation.metadata("metadata", metadata);
		metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : null;
	}

	/**
	 * Starts a request with the {@code 24h} completion window.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link CreateBatchRequest}.
	 */
	public static final class Builder extends RequestBuilder<Builder> {

		private @Nullable String inputFileId;

		private @Nullable BatchEndpoint endpoint;

		private String completionWindow = COMPLETION_WINDOW_24H;

		private @Nullable Map<String, String> metadata;

		private @Nullable BatchOutputExpiration outputExpiresAfter;

		private Builder() {
		}

		/**
		 * Sets the input file (required).
		 * @param inputFileId the ID of the uploaded file
		 * @return this builder
		 */
		public Builder inputFileId(String inputFileId) {
			this.inputFileId = inputFileId;
			return this;
		}

		/**
		 * Sets the endpoint (required); it must match the {@code url} of every line of the input file.
		 * @param endpoint the endpoint
		 * @return this builder
		 */
		public Builder endpoint(BatchEndpoint endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * Sets the completion window; {@code 24h} by default and currently the only value.
		 * @param completionWindow the window
		 * @return this builder
		 */
		public Builder completionWindow(String completionWindow) {
			this.completionWindow = completionWindow;
			return this;
		}

		/**
		 * Adds a metadata pair.
		 * @param key up to 64 characters
		 * @param value up to 512 characters
		 * @return this builder
		 */
		public Builder metadata(String key, String value) {
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
			return this;
		}

		/**
		 * Replaces the metadata.
		 * @param metadata up to 16 pairs, or {@code null}
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Sets when the output and error files expire.
		 * @param outputExpiresAfter the expiration policy
		 * @return this builder
		 */
		public Builder outputExpiresAfter(@Nullable BatchOutputExpiration outputExpiresAfter) {
			this.outputExpiresAfter = outputExpiresAfter;
			return this;
		}

		/**
		 * Builds the request.
		 * @return the request
		 * @throws dev.integrations.openai.errors.OpenAIValidationException if a required field is missing
		 */
		public CreateBatchRequest build() {
			return new CreateBatchRequest(Validation.notBlank("input_file_id", this.inputFileId),
					Validation.required("endpoint", this.endpoint), this.completionWindow, this.metadata,
					this.outputExpiresAfter, buildExtra());
		}

	}

}
