package dev.integrations.openai.finetuning;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.internal.WireLists;

/**
 * Asks a model to label the sample; the sample passes when the label is one of the passing labels
 * ({@code label_model}, usable inside a {@link MultiGrader}).
 *
 * @param name the name of the grader
 * @param model the model that labels, such as {@code gpt-4o-2024-08-06}
 * @param input the messages given to the model, may hold templates
 * @param labels the labels the model may assign
 * @param passingLabels the labels that indicate a passing result
 */
@JsonTypeName("label_model")
public record LabelModelGrader(String name, String model, List<GraderMessage> input, List<String> labels,
		List<String> passingLabels) implements Grader {

	/**
	 * Copies the lists; a missing list reads as empty.
	 */
	public LabelModelGrader {
		input = WireLists.copyOf(input);
		labels = WireLists.copyOf(labels);
		passingLabels = WireLists.copyOf(passingLabels);
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
		Validation.notEmpty(field + ".labels", this.labels);
		Validation.notEmpty(field + ".passing_labels", this.passingLabels);
	}

}
