package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.function_call_arguments.delta}: Returned when the model-generated function call arguments are updated.
 *
 * @param type the event type, {@code response.function_call_arguments.delta}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the response.
 * @param itemId The ID of the function call item.
 * @param outputIndex The index of the output item in the response.
 * @param callId The ID of the function call.
 * @param delta The arguments delta as a JSON string.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseFunctionCallArgumentsDeltaEvent(String type, String eventId, String responseId, String itemId, int outputIndex, String callId, String delta, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseFunctionCallArgumentsDeltaEvent {
		extra = Extras.copy(extra);
	}

}
