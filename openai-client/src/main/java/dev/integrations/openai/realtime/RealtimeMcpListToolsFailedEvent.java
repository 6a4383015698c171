package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * The server event {@code mcp_list_tools.failed}: Returned when listing MCP tools has failed for an item.
 *
 * @param type the event type, {@code mcp_list_tools.failed}
 * @param eventId The unique ID of the server event.
 * @param itemId The ID of the MCP list tools item.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeMcpListToolsFailedEvent(String type, String eventId, String itemId, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeMcpListToolsFailedEvent {
		extra = Extras.copy(extra);
	}

}
