package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * How a reinforcement fine-tuning job scores the model's samples, chosen by the {@code type} field on the wire.
 * Templates such as {@code {{sample.output_text}}} and {@code {{item.label}}} refer to the sample and the
 * dataset item. A grader of a type this client does not know yet is read as an {@link UnknownGrader}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
		defaultImpl = UnknownGrader.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = StringCheckGrader.class, name = "string_check"),
		@JsonSubTypes.Type(value = TextSimilarityGrader.class, name = "text_similarity"),
		@JsonSubTypes.Type(value = PythonGrader.class, name = "python"),
		@JsonSubTypes.Type(value = ScoreModelGrader.class, name = "score_model"),
		@JsonSubTypes.Type(value = LabelModelGrader.class, name = "label_model"),
		@JsonSubTypes.Type(value = MultiGrader.class, name = "multi") })
public sealed interface Grader
		permits StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader, LabelModelGrader, MultiGrader,
		UnknownGrader {

	/** @return the name of the grader ({@code null} only for an {@link UnknownGrader} without one) */
	@Nullable String name();

	/**
	 * Checks the request rules; the client calls this before sending the grader. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

}
