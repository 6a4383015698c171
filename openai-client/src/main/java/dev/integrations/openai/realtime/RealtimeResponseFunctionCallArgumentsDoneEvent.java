package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.function_call_arguments.done}: Returned when the model-generated function call arguments are done streaming. Also emitted when a Response is interrupted, incomplete, or cancelled.
 *
 * @param type the event type, {@code response.function_call_arguments.done}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the response.
 * @param itemId The ID of the function call item.
 * @param outputIndex The index of the output item in the response.
 * @param callId The ID of the function call.
 * @param name The name of the function that was called.
 * @param arguments The final arguments as a JSON string.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseFunctionCallArgumentsDoneEvent(String type, String eventId, String responseId, String itemId, int outputIndex, String callId, String name, String arguments, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseFunctionCallArgumentsDoneEvent {
		extra = Extras.copy(extra);
	}

}
