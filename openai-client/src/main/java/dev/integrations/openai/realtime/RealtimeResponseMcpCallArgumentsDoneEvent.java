package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.mcp_call_arguments.done}: Returned when MCP tool call arguments are finalized during response generation.
 *
 * @param type the event type, {@code response.mcp_call_arguments.done}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the response.
 * @param itemId The ID of the MCP tool call item.
 * @param outputIndex The index of the output item in the response.
 * @param arguments The final JSON-encoded arguments string.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseMcpCallArgumentsDoneEvent(String type, String eventId, String responseId, String itemId, int outputIndex, String arguments, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseMcpCallArgumentsDoneEvent {
		extra = Extras.copy(extra);
	}

}
