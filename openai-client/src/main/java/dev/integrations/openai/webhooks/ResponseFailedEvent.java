package dev.integrations.openai.webhooks;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * {@code response.failed}: sent when a background response has failed.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the model response the event is about
 * @param object always {@code event}
 */
@JsonTypeName("response.failed")
public record ResponseFailedEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

}
