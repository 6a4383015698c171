package dev.integrations.openai.assistants;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A thread: a conversation between a user and assistants (named so as not to clash with
 * {@link java.lang.Thread}).
 *
 * @param id the thread ID, such as {@code thread_abc123}
 * @param object always {@code thread}
 * @param createdAt when it was created, in Unix seconds
 * @param toolResources the resources made available to the tools in this thread
 * @param metadata up to 16 key-value pairs
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
@Deprecated
public record AssistantThread(String id, String object, long createdAt, @Nullable ToolResources toolResources,
		Map<String, String> metadata, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Normalizes missing metadata to an empty map.
	 */
	public AssistantThread {
		extra = Extras.copy(extra);
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
