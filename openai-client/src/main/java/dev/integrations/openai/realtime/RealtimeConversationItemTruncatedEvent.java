package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code conversation.item.truncated}: Returned when an earlier assistant audio message item is truncated by the client with a {@code conversation.item.truncate} event. This event is used to synchronize the server's understanding of the audio with the client's playback. This action will truncate the audio and remove the server-side text transcript to ensure there is no text in the context that hasn't been heard by the user.
 *
 * @param type the event type, {@code conversation.item.truncated}
 * @param eventId The unique ID of the server event.
 * @param itemId The ID of the assistant message item that was truncated.
 * @param contentIndex The index of the content part that was truncated.
 * @param audioEndMs The duration up to which the audio was truncated, in milliseconds.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationItemTruncatedEvent(String type, String eventId, String itemId, int contentIndex, int audioEndMs, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationItemTruncatedEvent {
		extra = Extras.copy(extra);
	}

}
