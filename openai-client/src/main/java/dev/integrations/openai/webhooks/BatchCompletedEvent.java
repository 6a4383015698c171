package dev.integrations.openai.webhooks;

import org.jspecify.annotations.Nullable;

/**
 * {@code batch.completed}: sent when a batch has completed processing.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the batch the event is about
 * @param object always {@code event}
 */
public record BatchCompletedEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

	/** The event type on the wire. */
	public static final String TYPE = "batch.completed";

	@Override
	public String type() {
		return TYPE;
	}

}
