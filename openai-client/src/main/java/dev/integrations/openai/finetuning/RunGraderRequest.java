package dev.integrations.openai.finetuning;

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
 * The body of {@code POST /fine_tuning/alpha/graders/run}. Build with {@link #builder()}.
 *
 * @param grader the grader to run: any type but {@code label_model}, which runs only inside a {@link MultiGrader}
 * @param modelSample the model sample graded: the {@code sample} namespace ({@code output_json} is set when it is
 * valid JSON)
 * @param item the dataset item: the {@code item} namespace
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record RunGraderRequest(Grader grader, String modelSample, @Nullable Map<String, Object> item,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the grader and the sample.
	 */
	public RunGraderRequest {
		extra = Extras.copy(extra);
		GraderChecks.checkTopLevel("grader", grader);
		Validation.required("model_sample", modelSample);
		item = (item != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(item)) : null;
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * Builds a {@link RunGraderRequest}.
	 */
	public static final class Builder extends RecordBuilder<RunGraderRequest, Builder> {

		private Builder(@Nullable RunGraderRequest from) {
			super(RunGraderRequest.class, from);
		}

		/** Sets the grader to run (required). */
		public Builder grader(Grader grader) {
			return set("grader", grader);
		}

		/** Sets the model sample graded (required), such as the model's output text. */
		public Builder modelSample(String modelSample) {
			return set("modelSample", modelSample);
		}

		/** Sets the dataset item whose fields the grader's {@code {{item.x}}} templates read. */
		public Builder item(@Nullable Map<String, Object> item) {
			return set("item", item);
		}

	}

}
