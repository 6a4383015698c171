package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code response.mcp_call.in_progress}: Returned when an MCP tool call has started and is in progress.
 *
 * @param type the event type, {@code response.mcp_call.in_progress}
 * @param eventId The unique ID of the server event.
 * @param outputIndex The index of the output item in the response.
 * @param itemId The ID of the MCP tool call item.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseMcpCallInProgressEvent(String type, String eventId, int outputIndex, String itemId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseMcpCallInProgressEvent {
		extra = Extras.copy(extra);
	}

}
