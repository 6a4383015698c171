package dev.integrations.openai.webhooks;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * {@code eval.run.canceled}: sent when an eval run has been canceled.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the eval run the event is about
 * @param object always {@code event}
 */
@JsonTypeName("eval.run.canceled")
public record EvalRunCanceledEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

}
