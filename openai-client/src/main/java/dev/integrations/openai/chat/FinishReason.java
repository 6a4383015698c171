package dev.integrations.openai.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import org.jspecify.annotations.Nullable;

/**
 * Why the model stopped generating tokens for a choice.
 */
public enum FinishReason {

	/** A natural stop point or a provided stop sequence. */
	STOP,

	/** The token limit of the request was reached. */
	LENGTH,

	/** The model called one or more tools. */
	TOOL_CALLS,

	/** Content was omitted by the content filters. */
	CONTENT_FILTER,

	/** The model called a function (deprecated in favor of {@link #TOOL_CALLS}). */
	FUNCTION_CALL,

	/** A reason this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/** @return the value on the wire, such as {@code tool_calls} ({@code unknown} for {@link #UNKNOWN}) */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The wire values of the choices that give a reason, without allocating when none does (most stream chunks).
	 */
	static <C> List<String> wireValues(List<C> choices, Function<C, @Nullable FinishReason> reason) {
		List<String> values = List.of();
		for (C choice : choices) {
			FinishReason value = reason.apply(choice);
			if (value != null) {
				if (values.isEmpty()) {
					values = new ArrayList<>(choices.size());
				}
				values.add(value.wireValue());
			}
		}
		return values.isEmpty() ? values : List.copyOf(values);
	}

}
