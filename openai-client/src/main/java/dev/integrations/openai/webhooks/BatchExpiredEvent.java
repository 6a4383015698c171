package dev.integrations.openai.webhooks;

import org.jspecify.annotations.Nullable;

/**
 * {@code batch.expired}: sent when a batch has expired before completion.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the batch the event is about
 * @param object always {@code event}
 */
public record BatchExpiredEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

	/** The event type on the wire. */
	public static final String TYPE = "batch.expired";

	@Override
	public String type() {
		return TYPE;
	}

}
