package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code input_audio_buffer.dtmf_event_received}: **SIP Only:** Returned when an DTMF event is received. A DTMF event is a message that represents a telephone keypad press (0–9, *, #, A–D). The {@code event} property is the keypad that the user press. The {@code received_at} is the UTC Unix Timestamp that the server received the event.
 *
 * @param type the event type, {@code input_audio_buffer.dtmf_event_received}
 * @param event The telephone keypad that was pressed by the user.
 * @param receivedAt UTC Unix Timestamp when DTMF Event was received by server.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeInputAudioBufferDtmfEventReceivedEvent(String type, String event, int receivedAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeInputAudioBufferDtmfEventReceivedEvent {
		extra = Extras.copy(extra);
	}

}
