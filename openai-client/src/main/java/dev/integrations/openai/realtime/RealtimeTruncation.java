package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;

/**
 * How the conversation is truncated when it outgrows the context window ({@code RealtimeTruncation}): {@link #AUTO}
 * or {@link #DISABLED}, written as strings, or a {@link RetentionRatio}.
 */
public sealed interface RealtimeTruncation {

	/** The API drops old messages as needed (the default). */
	RealtimeTruncation AUTO = new Mode("auto");

	/** No truncation: a response fails when the input is too long. */
	RealtimeTruncation DISABLED = new Mode("disabled");

	/**
	 * Keeps a fraction of the conversation when truncating.
	 * @param ratio the fraction of the token limit kept, 0.0 to 1.0
	 * @return the setting
	 */
	static RetentionRatio retentionRatio(double ratio) {
		return new RetentionRatio("retention_ratio", ratio, null);
	}

	/**
	 * Reads either shape.
	 * @param value {@code "auto"}, {@code "disabled"} or an object
	 * @return the setting
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static RealtimeTruncation read(Object value) {
		return (value instanceof Map<?, ?> map) ? OpenAIJson.mapper().convertValue(map, RetentionRatio.class)
				: new Mode(String.valueOf(value));
	}

	/**
	 * The string form.
	 *
	 * @param mode {@code auto} or {@code disabled}
	 */
	record Mode(@JsonValue String mode) implements RealtimeTruncation {

	}

	/**
	 * Truncation that keeps a fraction of the conversation.
	 *
	 * @param type always {@code retention_ratio}
	 * @param retentionRatio the fraction of the token limit kept, 0.0 to 1.0
	 * @param tokenLimits the token limits, such as {@code post_instructions}
	 */
	record RetentionRatio(String type, double retentionRatio,
			@Nullable TokenLimits tokenLimits) implements RealtimeTruncation {

	}

	/**
	 * Token limits of truncation.
	 *
	 * @param postInstructions the most tokens kept after the instructions
	 */
	record TokenLimits(@Nullable Integer postInstructions) {

	}

}
