package dev.integrations.openai.common;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a delete call: {@code {"id", "object", "deleted"}}.
 *
 * @param id the ID of the deleted object
 * @param object what was deleted, such as {@code model} or {@code chat.completion.deleted}; {@code null} when the
 * server confirmed the deletion with an empty body
 * @param deleted whether it was deleted
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record DeletionStatus(String id, @Nullable String object, boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public DeletionStatus {
		extra = Extras.copy(extra);
	}

	/**
	 * The status of a deletion the server confirmed with a 2xx and an empty body, as {@code DELETE /responses/{id}}
	 * may.
	 * @param id the ID named in the request
	 * @return a status with that ID, no object type, and {@code deleted} true
	 */
	public static DeletionStatus withoutBody(String id) {
		return new DeletionStatus(id, null, true, Map.of());
	}

}
