package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The server event {@code response.mcp_call_arguments.delta}: Returned when MCP tool call arguments are updated during response generation.
 *
 * @param type the event type, {@code response.mcp_call_arguments.delta}
 * @param eventId The unique ID of the server event.
 * @param responseId The ID of the response.
 * @param itemId The ID of the MCP tool call item.
 * @param outputIndex The index of the output item in the response.
 * @param delta The JSON-encoded arguments delta.
 * @param obfuscation If present, indicates the delta text was obfuscated.
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponseMcpCallArgumentsDeltaEvent(String type, String eventId, String responseId, String itemId, int outputIndex, String delta, @Nullable String obfuscation, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeServerEvent {

	/** Normalizes the extra fields. */
	public RealtimeResponseMcpCallArgumentsDeltaEvent {
		extra = Extras.copy(extra);
	}

}
