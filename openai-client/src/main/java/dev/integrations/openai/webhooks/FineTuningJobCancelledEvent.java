package dev.integrations.openai.webhooks;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * {@code fine_tuning.job.cancelled}: sent when a fine-tuning job has been cancelled.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the fine-tuning job the event is about
 * @param object always {@code event}
 */
@JsonTypeName("fine_tuning.job.cancelled")
public record FineTuningJobCancelledEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

}
