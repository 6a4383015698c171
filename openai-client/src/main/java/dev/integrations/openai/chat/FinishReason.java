package dev.integrations.openai.chat;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why the model stopped generating tokens for a choice.
 */
public enum FinishReason {

	/** A natural stop point or a provided stop sequence. */
	@JsonProperty("stop")
	STOP,

	/** The token limit of the request was reached. */
	@JsonProperty("length")
	LENGTH,

	/** The model called one or more tools. */
	@JsonProperty("tool_calls")
	TOOL_CALLS,

	/** Content was omitted by the content filters. */
	@JsonProperty("content_filter")
	CONTENT_FILTER,

	/** The model called a function (deprecated in favor of {@link #TOOL_CALLS}). */
	@JsonProperty("function_call")
	FUNCTION_CALL,

	/** A reason this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/** @return the value on the wire, such as {@code tool_calls} ({@code unknown} for {@link #UNKNOWN}) */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
