package dev.integrations.openai.webhooks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * An event OpenAI delivers to a webhook endpoint, one record per type of the spec's {@code webhooks} section
 * (batches, eval runs, fine-tuning jobs, background responses, incoming SIP calls). A type added to the API later
 * is read as {@link UnknownWebhookEvent}, which keeps the raw JSON. Obtain events from
 * {@link WebhookVerifier#unwrap(String, java.util.Map)}, which verifies the signature first.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", visible = true, defaultImpl = UnknownWebhookEvent.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = BatchCancelledEvent.class, name = BatchCancelledEvent.TYPE),
		@JsonSubTypes.Type(value = BatchCompletedEvent.class, name = BatchCompletedEvent.TYPE),
		@JsonSubTypes.Type(value = BatchExpiredEvent.class, name = BatchExpiredEvent.TYPE),
		@JsonSubTypes.Type(value = BatchFailedEvent.class, name = BatchFailedEvent.TYPE),
		@JsonSubTypes.Type(value = EvalRunCanceledEvent.class, name = EvalRunCanceledEvent.TYPE),
		@JsonSubTypes.Type(value = EvalRunFailedEvent.class, name = EvalRunFailedEvent.TYPE),
		@JsonSubTypes.Type(value = EvalRunSucceededEvent.class, name = EvalRunSucceededEvent.TYPE),
		@JsonSubTypes.Type(value = FineTuningJobCancelledEvent.class, name = FineTuningJobCancelledEvent.TYPE),
		@JsonSubTypes.Type(value = FineTuningJobFailedEvent.class, name = FineTuningJobFailedEvent.TYPE),
		@JsonSubTypes.Type(value = FineTuningJobSucceededEvent.class, name = FineTuningJobSucceededEvent.TYPE),
		@JsonSubTypes.Type(value = LiveCallIncomingEvent.class, name = LiveCallIncomingEvent.TYPE),
		@JsonSubTypes.Type(value = RealtimeCallIncomingEvent.class, name = RealtimeCallIncomingEvent.TYPE),
		@JsonSubTypes.Type(value = ResponseCancelledEvent.class, name = ResponseCancelledEvent.TYPE),
		@JsonSubTypes.Type(value = ResponseCompletedEvent.class, name = ResponseCompletedEvent.TYPE),
		@JsonSubTypes.Type(value = ResponseFailedEvent.class, name = ResponseFailedEvent.TYPE),
		@JsonSubTypes.Type(value = ResponseIncompleteEvent.class, name = ResponseIncompleteEvent.TYPE) })
public sealed interface WebhookEvent
		permits BatchCancelledEvent, BatchCompletedEvent, BatchExpiredEvent, BatchFailedEvent, EvalRunCanceledEvent, EvalRunFailedEvent, EvalRunSucceededEvent, FineTuningJobCancelledEvent, FineTuningJobFailedEvent, FineTuningJobSucceededEvent, LiveCallIncomingEvent, RealtimeCallIncomingEvent, ResponseCancelledEvent, ResponseCompletedEvent, ResponseFailedEvent, ResponseIncompleteEvent,
		UnknownWebhookEvent {

	/** @return the unique ID of the event, such as {@code evt_abc123} */
	String id();

	/** @return when the event happened, in Unix seconds */
	long createdAt();

	/** @return the event type, such as {@code response.completed} */
	String type();

	/** @return the object of the event, always {@code event} when present */
	@Nullable String object();

	/** @return when the event happened */
	default Instant createdInstant() {
		return Instant.ofEpochSecond(createdAt());
	}

}
