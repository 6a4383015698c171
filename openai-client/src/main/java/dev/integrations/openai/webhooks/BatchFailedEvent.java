package dev.integrations.openai.webhooks;

import org.jspecify.annotations.Nullable;

/**
 * {@code batch.failed}: sent when a batch has failed.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the batch the event is about
 * @param object always {@code event}
 */
public record BatchFailedEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

	/** The event type on the wire. */
	public static final String TYPE = "batch.failed";

	@Override
	public String type() {
		return TYPE;
	}

}
