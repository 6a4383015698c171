package dev.integrations.openai.webhooks;

import org.jspecify.annotations.Nullable;

/**
 * {@code eval.run.canceled}: sent when an eval run has been canceled.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the eval run the event is about
 * @param object always {@code event}
 */
public record EvalRunCanceledEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

	/** The event type on the wire. */
	public static final String TYPE = "eval.run.canceled";

	@Override
	public String type() {
		return TYPE;
	}

}
