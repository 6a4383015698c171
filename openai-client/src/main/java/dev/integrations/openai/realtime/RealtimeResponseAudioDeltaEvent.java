package dev.integrations.openai.realtime;

import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.output_audio.delta}: Returned when the model-generated audio is updated.
 *
 * @param type the event type, {@code response.output_audio.delta}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the response.
 * @param itemId The ID of the item.
 * @param outputIndex The index of the output item in the response.
 * @param contentIndex The index of the content part in the item's content array.
 * @param delta Base64-encoded audio data delta.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseAudioDeltaEvent(String type, String eventId, String responseId, String itemId, int outputIndex, int contentIndex, String delta, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseAudioDeltaEvent {
		extra = Extras.copy(extra);
	}

	/**
	 * The audio chunk, decoded from base64: PCM16 (or the session's output format) bytes.
	 * @return the audio bytes
	 */
	public byte[] audioBytes() {
		return Base64.getDecoder().decode(this.delta);
	}

}
