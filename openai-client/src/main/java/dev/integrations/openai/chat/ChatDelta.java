package dev.integrations.openai.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * What a stream chunk adds to a choice's message: pieces of content or refusal, and fragments of tool calls.
 * {@link ChatCompletionAccumulator} merges them.
 *
 * @param role the role, on the first chunk of a choice
 * @param content the next piece of content
 * @param refusal the next piece of the refusal
 * @param toolCalls tool call fragments, each with the index of the call it belongs to; empty when none
 * @param functionCall a fragment of the deprecated function call
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record ChatDelta(@Nullable ChatRole role, @Nullable String content, @Nullable String refusal,
		List<ToolCallDelta> toolCalls, @Nullable FunctionCallDelta functionCall,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Normalizes a missing list to an empty one and copies the extra properties.
	 */
	public ChatDelta {
		extra = Extras.copy(extra);
		toolCalls = WireLists.copyOf(toolCalls);
	}

	/**
	 * A fragment of a tool call. The first fragment of a call carries its ID, type and function name; the following
	 * ones carry pieces of the arguments.
	 *
	 * @param index the index of the call in the message
	 * @param id the call ID, on the first fragment
	 * @param type {@code function}, on the first fragment
	 * @param function the function name and/or a piece of the arguments
	 */
	public record ToolCallDelta(int index, @Nullable String id, @Nullable String type,
			@Nullable FunctionCallDelta function) {

	}

	/**
	 * A fragment of a function call.
	 *
	 * @param name the function name, on the first fragment
	 * @param arguments the next piece of the arguments
	 */
	public record FunctionCallDelta(@Nullable String name, @Nullable String arguments) {

	}

}
