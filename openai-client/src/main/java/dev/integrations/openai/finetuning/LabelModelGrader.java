package dev.integrations.openai.finetuning;

import java.util.List;

import dev.integrations.openai.internal.Validation;

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
public record LabelModelGrader(String name, String model, List<GraderMessage> input, List<String> labels,
		List<String> passingLabels) implements Grader {

	/**
	 * Checks the required fields.
	 */
	public LabelModelGrader {
		Validation.notBlank("grader.name", name);
		Validation.notBlank("grader.model", model);
		input = List.copyOf(Validation.required("grader.input", input));
		labels = List.copyOf(Validation.notEmpty("grader.labels", labels));
		passingLabels = List.copyOf(Validation.notEmpty("grader.passing_labels", passingLabels));
	}

}
