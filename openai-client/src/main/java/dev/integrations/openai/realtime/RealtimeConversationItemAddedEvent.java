package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The server event {@code conversation.item.added}: Sent by the server when an Item is added to the default Conversation. This can happen in several cases: - When the client sends a {@code conversation.item.create} event. - When the input audio buffer is committed. In this case the item will be a user message containing the audio from the buffer. - When the model is generating a Response. In this case the {@code conversation.item.added} event will be sent when the model starts generating a specific Item, and thus it will not yet have any content (and {@code status} will be {@code in_progress}). The event will include the full content of the Item (except when model is generating a Response) except for audio data, which can be retrieved separately with a {@code conversation.item.retrieve} event if necessary.
 *
 * @param type the event type, {@code conversation.item.added}
 * @param eventId The unique ID of the server event.
 * @param previousItemId The ID of the item that precedes this one, if any.
 * @param item item
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationItemAddedEvent(String type, String eventId, @Nullable String previousItemId, RealtimeItem item, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationItemAddedEvent {
		extra = Extras.copy(extra);
	}

}
