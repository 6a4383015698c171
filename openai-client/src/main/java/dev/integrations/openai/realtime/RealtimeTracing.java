package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;

/**
 * Tracing of a session in the Traces Dashboard ({@code tracing}): {@link #AUTO}, written as {@code "auto"}, or a
 * {@link Config} with the workflow name, group and metadata.
 */
public sealed interface RealtimeTracing {

	/** Tracing with the default workflow name, group and metadata. */
	RealtimeTracing AUTO = new Auto("auto");

	/**
	 * Tracing under a workflow name.
	 * @param workflowName the workflow name
	 * @return the setting
	 */
	static Config workflow(String workflowName) {
		return new Config(workflowName, null, null);
	}

	/**
	 * Reads either shape.
	 * @param value {@code "auto"} or an object
	 * @return the setting
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static RealtimeTracing read(Object value) {
		return (value instanceof Map<?, ?> map) ? OpenAIJson.mapper().convertValue(map, Config.class)
				: new Auto(String.valueOf(value));
	}

	/**
	 * The string form.
	 *
	 * @param mode {@code auto}
	 */
	record Auto(@JsonValue String mode) implements RealtimeTracing {

	}

	/**
	 * The object form.
	 *
	 * @param workflowName the workflow name
	 * @param groupId the group id, for filtering
	 * @param metadata arbitrary metadata attached to the trace
	 */
	record Config(@Nullable String workflowName, @Nullable String groupId,
			@Nullable Map<String, Object> metadata) implements RealtimeTracing {

	}

}
