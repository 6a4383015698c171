package dev.integrations.openai.realtime;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The client event {@code conversation.item.create}: Adds an item (message, function call, function call output) to the conversation; the server answers {@code conversation.item.created}.
 *
 * @param eventId an optional client-generated id, echoed by an {@code error} event this event causes
 * @param previousItemId the item after which to insert, or {@code null} to append
 * @param item the item, a {@code RealtimeConversationItem} of the spec
 */
public record ConversationItemCreate(@Nullable String eventId, @Nullable String previousItemId, Map<String, Object> item) implements RealtimeClientEvent {

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
	public static ConversationItemCreate of(Map<String, Object> item) {
		return new ConversationItemCreate(null, null, item);
	}

	/**
	 * Appends a user message with one {@code input_text} part.
	 * @param text the text
	 * @return the event
	 */
	public static ConversationItemCreate userText(String text) {
		return of(Map.of("type", "message", "role", "user", "content",
				List.of(Map.of("type", "input_text", "text", text))));
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
		return of(Map.of("type", "function_call_output", "call_id", callId, "output", output));
	}

	@JsonIgnore
	@Override
	public String type() {
		return TYPE;
	}

}
