package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Scores with a Python function {@code grade(sample, item)} returning a float ({@code python}).
 *
 * @param name the name of the grader
 * @param source the source code of the script
 * @param imageTag the image tag to run the script in, such as {@code 2025-05-08}
 * @param passThreshold the score from which an eval's testing criterion passes ({@code pass_threshold}); only for
 * evals ({@link dev.integrations.openai.evals.EvalService}), where a {@code text_similarity} criterion requires it;
 * {@code null} for fine-tuning
 */
@JsonTypeName("python")
public record PythonGrader(String name, String source, @Nullable String imageTag,
		@Nullable Double passThreshold) implements Grader {

	/**
	 * A grader without a pass threshold, as fine-tuning takes it.
	 * @param name the name of the grader
	 * @param source the source code of the script
	 * @param imageTag the image tag to run the script in, or {@code null}
	 */
	public PythonGrader(String name, String source, @Nullable String imageTag) {
		this(name, source, imageTag, null);
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
		Validation.notBlank(field + ".source", source);
	}

}
