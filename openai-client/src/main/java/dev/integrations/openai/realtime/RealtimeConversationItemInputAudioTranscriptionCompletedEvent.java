package dev.integrations.openai.realtime;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The server event {@code conversation.item.input_audio_transcription.completed}: This event is the output of audio transcription for user audio written to the user audio buffer. Transcription begins when the input audio buffer is committed by the client or server (when VAD is enabled). Transcription runs asynchronously with Response creation, so this event may come before or after the Response events. Realtime API models accept audio natively, and thus input transcription is a separate process run on a separate ASR (Automatic Speech Recognition) model. The transcript may diverge somewhat from the model's interpretation, and should be treated as a rough guide.
 *
 * @param type the event type, {@code conversation.item.input_audio_transcription.completed}
 * @param eventId The unique ID of the server event.
 * @param itemId The ID of the item containing the audio that is being transcribed.
 * @param contentIndex The index of the content part containing the audio.
 * @param transcript The transcribed text.
 * @param languages The languages detected in the audio.
 * @param logprobs The log probabilities of the transcription.
 * @param usage Usage statistics for the transcription, this is billed according to the ASR model's pricing rather than the realtime model's pricing.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeConversationItemInputAudioTranscriptionCompletedEvent(String type, String eventId, String itemId, int contentIndex, String transcript, @Nullable List<Map<String, Object>> languages, @Nullable List<Map<String, Object>> logprobs, Map<String, Object> usage, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeConversationItemInputAudioTranscriptionCompletedEvent {
		extra = Extras.copy(extra);
	}

}
