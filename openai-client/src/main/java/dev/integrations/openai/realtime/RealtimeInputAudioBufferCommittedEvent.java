package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The server event {@code input_audio_buffer.committed}: Returned when an input audio buffer is committed, either by the client or automatically in server VAD mode. The {@code item_id} property is the ID of the user message item that will be created, thus a {@code conversation.item.created} event will also be sent to the client.
 *
 * @param type the event type, {@code input_audio_buffer.committed}
 * @param eventId The unique ID of the server event.
 * @param previousItemId The ID of the preceding item after which the new item will be inserted.
 * @param itemId The ID of the user message item that will be created.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeInputAudioBufferCommittedEvent(String type, String eventId, @Nullable String previousItemId, String itemId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeInputAudioBufferCommittedEvent {
		extra = Extras.copy(extra);
	}

}
