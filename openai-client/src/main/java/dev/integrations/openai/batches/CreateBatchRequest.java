package dev.integrations.openai.batches;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
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
		return new Builder(null);
	}

	/**
	 * Builds a {@link CreateBatchRequest}.
	 */
	public static final class Builder extends RecordBuilder<CreateBatchRequest, Builder> {

		private Builder(@Nullable CreateBatchRequest from) {
			super(CreateBatchRequest.class, from);
			if (from == null) {
				set("completionWindow", COMPLETION_WINDOW_24H);
			}
		}

		/** Sets the input file (required): the ID of the uploaded file. */
		public Builder inputFileId(String inputFileId) {
			return set("inputFileId", inputFileId);
		}

		/** Sets the endpoint (required); it must match the {@code url} of every line of the input file. */
		public Builder endpoint(BatchEndpoint endpoint) {
			return set("endpoint", endpoint);
		}

		/** Sets the completion window; {@code 24h} by default and currently the only value. */
		public Builder completionWindow(String completionWindow) {
			return set("completionWindow", completionWindow);
		}

		/**
		 * Adds a metadata pair.
		 * @param key up to 64 characters
		 * @param value up to 512 characters
		 * @return this builder
		 */
		public Builder metadata(String key, String value) {
			return put("metadata", key, value);
		}

		/** Replaces the metadata: up to 16 pairs, or {@code null}. */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			return set("metadata", metadata);
		}

		/** Sets when the output and error files expire. */
		public Builder outputExpiresAfter(@Nullable BatchOutputExpiration outputExpiresAfter) {
			return set("outputExpiresAfter", outputExpiresAfter);
		}

	}

}
