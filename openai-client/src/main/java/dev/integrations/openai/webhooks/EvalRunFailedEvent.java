package dev.integrations.openai.webhooks;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * {@code eval.run.failed}: sent when an eval run has failed.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the eval run the event is about
 * @param object always {@code event}
 */
@JsonTypeName("eval.run.failed")
public record EvalRunFailedEvent(String id, long createdAt, WebhookEventData data,
		@Nullable String object) implements WebhookEvent {

}
