package dev.integrations.openai.webhooks;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * {@code batch.failed}: sent when a batch has failed.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the batch the event is about
 * @param object always {@code event}
 */
@JsonTypeName("batch.failed")
public record BatchFailedEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

}
