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
 * The body of {@code POST /evals/{eval_id}/runs}. Build with {@link #builder()}.
 *
 * @param name the name of the run
 * @param dataSource the data source, checked by the API against the eval's data source config
 * @param metadata up to 16 key-value pairs
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record EvalRunRequest(@Nullable String name, RunDataSource dataSource, @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the fields and copies the metadata.
	 */
	public EvalRunRequest {
		extra = Extras.copy(extra);
		RunDataSources.validate(Validation.required("data_source", dataSource));
		Validation.metadata("metadata", metadata);
		metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : null;
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * Builds an {@link EvalRunRequest}.
	 */
	public static final class Builder extends RecordBuilder<EvalRunRequest, Builder> {

		private Builder(@Nullable EvalRunRequest from) {
			super(EvalRunRequest.class, from);
		}

		/** Sets the name of the run. */
		public Builder name(@Nullable String name) {
			return set("name", name);
		}

		/** Sets the data source (required), such as {@link RunDataSource#jsonl(RunSource)}. */
		public Builder dataSource(RunDataSource dataSource) {
			return set("dataSource", dataSource);
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
