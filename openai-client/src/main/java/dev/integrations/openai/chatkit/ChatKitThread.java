package dev.integrations.openai.chatkit;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A ChatKit thread ({@code chatkit.thread}): one conversation of an end user with a workflow. Its items are listed
 * with {@link ChatKitThreadService#listItems}.
 *
 * @param id the thread ID, such as {@code cthr_abc123}
 * @param object always {@code chatkit.thread}
 * @param createdAt when the thread was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param title the title, {@code null} until one is generated
 * @param status whether the thread is active, locked or closed, with the reason
 * @param user the end user who owns the thread
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record ChatKitThread(String id, String object, long createdAt, @Nullable String title,
		ChatKitThreadStatus status, String user, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public ChatKitThread {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
