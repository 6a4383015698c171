package dev.integrations.openai.evals;

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
 * The body of {@code POST /evals/{eval_id}}: a new name, new metadata, or both. Build with {@link #builder()}.
 *
 * @param name the new name
 * @param metadata the metadata that replaces the eval's, up to 16 key-value pairs
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record EvalUpdateRequest(@Nullable String name, @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks and copies the metadata.
	 */
	public EvalUpdateRequest {
		extra = Extras.copy(extra);
		Validation.metadata("metadata", metadata);
		metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : null;
	}

	/**
	 * Starts a request that changes nothing yet.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * Builds an {@link EvalUpdateRequest}.
	 */
	public static final class Builder extends RecordBuilder<EvalUpdateRequest, Builder> {

		private Builder(@Nullable EvalUpdateRequest from) {
			super(EvalUpdateRequest.class, from);
		}

		/** Sets the new name. */
		public Builder name(@Nullable String name) {
			return set("name", name);
		}

		/** Adds a metadata pair: a key of up to 64 characters, a value of up to 512. */
		public Builder metadata(String key, String value) {
			return put("metadata", key, value);
		}

		/** Replaces the metadata: up to 16 pairs, or {@code null}. */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			return set("metadata", metadata);
		}

	}

}
