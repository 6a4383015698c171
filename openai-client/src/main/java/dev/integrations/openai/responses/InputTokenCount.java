package dev.integrations.openai.responses;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The answer of {@code POST /responses/input_tokens}.
 *
 * @param object always {@code response.input_tokens}
 * @param inputTokens the number of input tokens
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record InputTokenCount(String object, long inputTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public InputTokenCount {
		extra = Extras.copy(extra);
	}

}
