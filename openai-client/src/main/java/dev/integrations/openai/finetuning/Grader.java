package dev.integrations.openai.finetuning;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * How a reinforcement fine-tuning job scores the model's samples, chosen by the {@code type} field on the wire.
 * Templates such as {@code {{sample.output_text}}} and {@code {{item.label}}} refer to the sample and the
 * dataset item. A grader of a type this client does not know yet is read as an {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = Grader.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(StringCheckGrader.class), @JsonSubTypes.Type(TextSimilarityGrader.class),
		@JsonSubTypes.Type(PythonGrader.class), @JsonSubTypes.Type(ScoreModelGrader.class),
		@JsonSubTypes.Type(LabelModelGrader.class), @JsonSubTypes.Type(MultiGrader.class) })
public sealed interface Grader permits StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader,
		LabelModelGrader, MultiGrader, Grader.Unknown {

	/** @return the name of the grader ({@code null} only for an {@link Unknown} without one) */
	@Nullable String name();

	/**
	 * Checks the request rules; the client calls this before sending the grader. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field, such as
	 * {@code grader.name}
	 */
	default void validate() {
		validate("grader");
	}

	/**
	 * Checks the request rules where the grader sits on the wire, so that a message names the whole field.
	 * @param field the wire field of this grader, such as {@code testing_criteria} or {@code grader.graders}
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field, such as
	 * {@code testing_criteria.name}
	 */
	default void validate(String field) {
	}

	/**
	 * A grader whose {@code type} this client does not know yet, read so that a job using it still parses. It keeps
	 * every field and is written back unchanged, so a job can be created again with it.
	 *
	 * @param name the name of the grader
	 * @param type the grader type, as read
	 * @param fields the other fields, as read
	 */
	record Unknown(@Nullable String name, @JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements Grader {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
