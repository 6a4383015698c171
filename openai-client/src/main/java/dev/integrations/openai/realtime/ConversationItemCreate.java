package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code conversation.item.create}: Adds an item (message, function call, function call output) to the conversation; the server answers {@code conversation.item.created}.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 * @param previousItemId the item after which to insert, or {@code null} to append
 * @param item the item
 */
public record ConversationItemCreate(@Nullable String eventId, @Nullable String previousItemId, RealtimeItem item) implements RealtimeClientEvent {

	/** The wire type of this event. */
	public static final String TYPE = "conversation.item.create";

	/** Checks the required fields. */
	public ConversationItemCreate {
		Validation.required("item", item);
	}

	/**
	 * Appends an item to the conversation.
	 * @param item the item, a {@code RealtimeConversationItem} of the spec
	 * @return the event
	 */
	public static ConversationItemCreate of(RealtimeItem item) {
		return new ConversationItemCreate(null, null, item);
	}

	/**
	 * Appends a user message with one {@code input_text} part.
	 * @param text the text
	 * @return the event
	 */
	public static ConversationItemCreate userText(String text) {
		return of(RealtimeItem.userText(text));
	}

	/**
	 * Appends the result of a function call the model asked for
	 * ({@link RealtimeResponseFunctionCallArgumentsDoneEvent}); send a {@link ResponseCreate} afterwards to let the
	 * model answer with it.
	 * @param callId the {@code call_id} of the function call
	 * @param output the function's result, usually JSON
	 * @return the event
	 */
	public static ConversationItemCreate functionCallOutput(String callId, String output) {
		return of(RealtimeItem.functionCallOutput(callId, output));
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
