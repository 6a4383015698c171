package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.moderations.ModerationInputType;
import org.jspecify.annotations.Nullable;

/**
 * Moderation of a response's input and output, present when moderated completions were requested
 * ({@code moderation} of a response).
 *
 * @param input the moderation of the input
 * @param output the moderation of the output
 */
public record ResponseModeration(@Nullable Outcome input, @Nullable Outcome output) {

	/**
	 * The outcome of one moderation, told apart by {@code type}: a {@link Result}, an {@link Error}, or a type this
	 * client does not know yet ({@link Unknown}).
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
			visible = true, defaultImpl = Outcome.Unknown.class)
	@JsonSubTypes({ @JsonSubTypes.Type(value = Outcome.Result.class, name = "moderation_result"),
			@JsonSubTypes.Type(value = Outcome.Error.class, name = "error") })
	public sealed interface Outcome {

		/** @return the outcome type, such as {@code moderation_result} */
		String type();

		/**
		 * A moderation result ({@code moderation_result}).
		 *
		 * @param type always {@code moderation_result}
		 * @param model the moderation model that produced it
		 * @param flagged whether any category flagged the content
		 * @param categories each category, true when it flagged the content
		 * @param categoryScores each category's score
		 * @param categoryAppliedInputTypes each category's input types the score reflects
		 */
		record Result(String type, String model, boolean flagged, @Nullable Map<String, Boolean> categories,
				@Nullable Map<String, Double> categoryScores,
				@Nullable Map<String, List<ModerationInputType>> categoryAppliedInputTypes) implements Outcome {

		}

		/**
		 * A moderation that failed ({@code error}).
		 *
		 * @param type always {@code error}
		 * @param code the error code
		 * @param message the error message
		 */
		record Error(String type, String code, String message) implements Outcome {

		}

		/**
		 * An outcome type this client does not know yet, with its fields kept.
		 *
		 * @param type the outcome type
		 * @param extra its other fields
		 */
		record Unknown(String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements Outcome {

			/**
			 * Copies the fields.
			 */
			public Unknown {
				extra = Extras.copy(extra);
			}

		}

	}

}
