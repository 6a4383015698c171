package dev.integrations.openai.evals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.finetuning.Grader;
import dev.integrations.openai.finetuning.MultiGrader;
import dev.integrations.openai.finetuning.TextSimilarityGrader;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /evals}. Build with {@link #builder()}.
 *
 * @param name the name
 * @param dataSourceConfig the shape of the data the runs use
 * @param testingCriteria the graders: {@code label_model}, {@code string_check}, {@code text_similarity} (with a
 * pass threshold), {@code python} and {@code score_model}; their templates read {@code {{item.x}}} and
 * {@code {{sample.output_text}}}
 * @param metadata up to 16 key-value pairs
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record EvalRequest(@Nullable String name, DataSourceConfig dataSourceConfig, List<Grader> testingCriteria,
		@Nullable Map<String, String> metadata, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the fields and copies the collections.
	 */
	public EvalRequest {
		extra = Extras.copy(extra);
		Validation.required("data_source_config", dataSourceConfig);
		if (dataSourceConfig instanceof DataSourceConfig.Custom custom) {
			Validation.required("data_source_config.item_schema", custom.itemSchema());
		}
		Validation.notEmpty("testing_criteria", testingCriteria);
		for (Grader grader : testingCriteria) {
			if (Validation.required("testing_criteria", grader) instanceof MultiGrader) {
				throw new OpenAIValidationException("testing_criteria", "testing_criteria cannot hold a multi grader ('"
						+ grader.name() + "'); the API takes label_model, string_check, text_similarity, python and"
						+ " score_model graders");
			}
			grader.validate("testing_criteria");
			if (grader instanceof TextSimilarityGrader similarity && similarity.passThreshold() == null) {
				throw new OpenAIValidationException("testing_criteria.pass_threshold",
						"testing_criteria.pass_threshold is required for a text_similarity grader ('"
								+ similarity.name() + "')");
			}
		}
		testingCriteria = List.copyOf(testingCriteria);
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
	 * Builds an {@link EvalRequest}.
	 */
	public static final class Builder extends RecordBuilder<EvalRequest, Builder> {

		private Builder(@Nullable EvalRequest from) {
			super(EvalRequest.class, from);
		}

		/** Sets the name of the eval. */
		public Builder name(@Nullable String name) {
			return set("name", name);
		}

		/** Sets the shape of the data the runs use (required), such as {@link DataSourceConfig#logs(Map)}. */
		public Builder dataSourceConfig(DataSourceConfig dataSourceConfig) {
			return set("dataSourceConfig", dataSourceConfig);
		}

		/** Replaces the testing criteria (at least one). */
		public Builder testingCriteria(List<Grader> testingCriteria) {
			return set("testingCriteria", testingCriteria);
		}

		/** Adds a testing criterion: a grader ({@code text_similarity} ones need a pass threshold). */
		public Builder addTestingCriterion(Grader grader) {
			return add("testingCriteria", grader);
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
