package dev.integrations.openai.common;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The answer of a delete call: {@code {"id", "object", "deleted"}}.
 *
 * @param id the ID of the deleted object
 * @param object what was deleted, such as {@code model} or {@code chat.completion.deleted}
 * @param deleted whether it was deleted
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record DeletionStatus(String id, String object, boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public DeletionStatus {
		extra = Extras.copy(extra);
	}

}
