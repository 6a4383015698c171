package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code conversation.item.retrieve}: Asks for the server's representation of an item; the server answers {@code conversation.item.retrieved}.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 * @param itemId the item to retrieve
 */
public record ConversationItemRetrieve(@Nullable String eventId, String itemId) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "conversation.item.retrieve";

	/** Checks the required fields. */
	public ConversationItemRetrieve {
		Validation.required("item_id", itemId);
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
