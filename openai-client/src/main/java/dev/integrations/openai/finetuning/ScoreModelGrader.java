package dev.integrations.openai.finetuning;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * Asks a model to score the sample ({@code score_model}).
 *
 * @param name the name of the grader
 * @param model the model that scores, such as {@code o4-mini-2025-04-16}
 * @param input the messages given to the model, may hold templates
 * @param samplingParams the sampling parameters of the model
 * @param range the range of the score, {@code [0, 1]} when not set
 * @param passThreshold the score from which an eval's testing criterion passes ({@code pass_threshold}); only for
 * evals ({@link dev.integrations.openai.evals.EvalService}), where a {@code text_similarity} criterion requires it;
 * {@code null} for fine-tuning
 */
@JsonTypeName("score_model")
public record ScoreModelGrader(String name, String model, List<GraderMessage> input,
		@Nullable SamplingParams samplingParams, @Nullable List<Double> range, @Nullable Double passThreshold)
		implements Grader {

	/**
	 * A grader without a pass threshold, as fine-tuning takes it.
	 * @param name the name of the grader
	 * @param model the model that scores
	 * @param input the messages given to the model, may hold templates
	 * @param samplingParams the sampling parameters of the model, or {@code null}
	 * @param range the range of the score, or {@code null} for {@code [0, 1]}
	 */
	public ScoreModelGrader(String name, String model, List<GraderMessage> input,
			@Nullable SamplingParams samplingParams, @Nullable List<Double> range) {
		this(name, model, input, samplingParams, range, null);
	}

	/**
	 * Copies the input messages.
	 */
	public ScoreModelGrader {
		input = WireLists.copyOf(input);
	}

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @param field the wire field of this grader, such as {@code grader} or {@code testing_criteria}
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	@Override
	public void validate(String field) {
		Validation.notBlank(field + ".name", this.name);
		Validation.notBlank(field + ".model", this.model);
		this.input.forEach((message) -> message.validate(field + ".input"));
		if (this.range != null && this.range.size() != 2) {
			throw new dev.integrations.openai.errors.OpenAIValidationException(field + ".range",
					field + ".range must have 2 entries, had " + this.range.size());
		}
		if (this.samplingParams != null) {
			this.samplingParams.validate(field + ".sampling_params");
		}
	}

	/**
	 * The sampling parameters of a grader model.
	 *
	 * @param seed the seed
	 * @param topP nucleus sampling; 1.0 includes all tokens
	 * @param temperature a higher value increases randomness
	 * @param maxCompletionsTokens the most tokens the grader model may generate, at least 1
	 * @param reasoningEffort the reasoning effort, such as {@code low}, {@code medium} or {@code high}
	 */
	public record SamplingParams(@Nullable Long seed, @Nullable Double topP, @Nullable Double temperature,
			@Nullable Integer maxCompletionsTokens, @Nullable String reasoningEffort) {

		/**
		 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
		 * nothing.
		 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
		 */
		public void validate() {
			validate("grader.sampling_params");
		}

		/**
		 * Checks the request rules where the parameters sit on the wire.
		 * @param field the wire field of the parameters, such as {@code grader.sampling_params}
		 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
		 */
		public void validate(String field) {
			Validation.range(field + ".max_completions_tokens", maxCompletionsTokens, 1, Integer.MAX_VALUE);
		}

	}

}
