package dev.integrations.openai.webhooks;

import org.jspecify.annotations.Nullable;

/**
 * {@code fine_tuning.job.cancelled}: sent when a fine-tuning job has been cancelled.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the fine-tuning job the event is about
 * @param object always {@code event}
 */
public record FineTuningJobCancelledEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

	/** The event type on the wire. */
	public static final String TYPE = "fine_tuning.job.cancelled";

	@Override
	public String type() {
		return TYPE;
	}

}
