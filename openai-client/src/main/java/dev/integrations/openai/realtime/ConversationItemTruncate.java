package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code conversation.item.truncate}: Truncates an assistant message's audio, when the user interrupts its playback.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 * @param itemId the assistant message item to truncate
 * @param contentIndex the content part to truncate; set to 0
 * @param audioEndMs inclusive duration up to which audio is kept, in milliseconds
 */
public record ConversationItemTruncate(@Nullable String eventId, String itemId, int contentIndex, int audioEndMs) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "conversation.item.truncate";

	/** Checks the required fields. */
	public ConversationItemTruncate {
		Validation.required("item_id", itemId);
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
