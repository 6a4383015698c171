package dev.integrations.openai.webhooks;

import org.jspecify.annotations.Nullable;

/**
 * {@code response.completed}: sent when a background response has completed.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the model response the event is about
 * @param object always {@code event}
 */
public record ResponseCompletedEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

	/** The event type on the wire. */
	public static final String TYPE = "response.completed";

	@Override
	public String type() {
		return TYPE;
	}

}
