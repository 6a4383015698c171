package dev.integrations.openai.webhooks;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * {@code response.incomplete}: sent when a background response has been interrupted.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the model response the event is about
 * @param object always {@code event}
 */
@JsonTypeName("response.incomplete")
public record ResponseIncompleteEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

}
