package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code conversation.item.delete}: Removes an item from the conversation history; the server answers {@code conversation.item.deleted}.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 * @param itemId the item to delete
 */
public record ConversationItemDelete(@Nullable String eventId, String itemId) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "conversation.item.delete";

	/** Checks the required fields. */
	public ConversationItemDelete {
		Validation.required("item_id", itemId);
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
