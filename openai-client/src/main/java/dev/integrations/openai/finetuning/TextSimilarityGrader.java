package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Scores the input by its similarity to a reference ({@code text_similarity}).
 *
 * @param name the name of the grader
 * @param input the text being graded, may hold templates
 * @param reference the text graded against, may hold templates
 * @param evaluationMetric the similarity metric
 * @param passThreshold the score from which an eval's testing criterion passes ({@code pass_threshold}); only for
 * evals ({@link dev.integrations.openai.evals.EvalService}), where a {@code text_similarity} criterion requires it;
 * {@code null} for fine-tuning
 */
@JsonTypeName("text_similarity")
public record TextSimilarityGrader(String name, String input, String reference, Metric evaluationMetric,
		@Nullable Double passThreshold) implements Grader {

	/**
	 * A grader without a pass threshold, as fine-tuning takes it.
	 * @param name the name of the grader
	 * @param input the text being graded, may hold templates
	 * @param reference the text graded against, may hold templates
	 * @param evaluationMetric the similarity metric
	 */
	public TextSimilarityGrader(String name, String input, String reference, Metric evaluationMetric) {
		this(name, input, reference, evaluationMetric, null);
	}

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @param field the wire field of this grader, such as {@code grader} or {@code testing_criteria}
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	@Override
	public void validate(String field) {
		Validation.notBlank(field + ".name", name);
		Validation.required(field + ".input", input);
		Validation.required(field + ".reference", reference);
		GraderChecks.known(field + ".evaluation_metric", evaluationMetric);
	}

	/**
	 * A similarity metric.
	 */
	public enum Metric {

		/** Cosine similarity of embeddings. */
		COSINE,

		/** Fuzzy string match. */
		FUZZY_MATCH,

		/** BLEU. */
		BLEU,

		/** GLEU. */
		GLEU,

		/** METEOR. */
		METEOR,

		/** ROUGE-1. */
		ROUGE_1,

		/** ROUGE-2. */
		ROUGE_2,

		/** ROUGE-3. */
		ROUGE_3,

		/** ROUGE-4. */
		ROUGE_4,

		/** ROUGE-5. */
		ROUGE_5,

		/** ROUGE-L. */
		ROUGE_L,

		/** A metric this client does not know yet (never sent). */
		@JsonEnumDefaultValue
		UNKNOWN

	}

}
