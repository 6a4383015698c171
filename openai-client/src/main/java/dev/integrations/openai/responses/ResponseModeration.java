package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireMaps;
import dev.integrations.openai.internal.WireTypeNames;
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
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
			visible = true, defaultImpl = Outcome.Unknown.class)
	@JsonSubTypes({ @JsonSubTypes.Type(Outcome.Result.class), @JsonSubTypes.Type(Outcome.Error.class) })
	public sealed interface Outcome {

		/** @return the outcome type, such as {@code moderation_result} */
		default String type() {
			return WireTypeNames.of(this);
		}

		/**
		 * A moderation result ({@code moderation_result}).
		 *
		 * @param model the moderation model that produced it
		 * @param flagged whether any category flagged the content
		 * @param categories each category, true when it flagged the content
		 * @param categoryScores each category's score
		 * @param categoryAppliedInputTypes each category's input types the score reflects
		 */
		@JsonTypeName("moderation_result")
		record Result(String model, boolean flagged, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String,
				Boolean> categories,
				@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> categoryScores,
				@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String,
				List<ModerationInputType>> categoryAppliedInputTypes) implements Outcome {

			/**
			 * Reads missing maps as empty ones.
			 */
			public Result {
				categories = WireMaps.copyOf(categories);
				categoryScores = WireMaps.copyOf(categoryScores);
				categoryAppliedInputTypes = WireMaps.copyOf(categoryAppliedInputTypes);
			}

		}

		/**
		 * A moderation that failed ({@code error}).
		 *
		 * @param code the error code
		 * @param message the error message
		 */
		@JsonTypeName("error")
		record Error(String code, String message) implements Outcome {

		}

		/**
		 * An outcome type this client does not know yet, with its fields kept.
		 *
		 * @param type the outcome type
		 * @param fields its other fields
		 */
		record Unknown(@JsonTypeId String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> fields)
				implements Outcome {

			/**
			 * Copies the fields.
			 */
			public Unknown {
				fields = Extras.copy(fields);
			}

		}

	}

}
