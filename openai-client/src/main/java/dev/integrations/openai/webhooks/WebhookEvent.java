package dev.integrations.openai.webhooks;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireTypeNames;
import org.jspecify.annotations.Nullable;

/**
 * An event OpenAI delivers to a webhook endpoint, one record per type of the spec's {@code webhooks} section
 * (batches, eval runs, fine-tuning jobs, background responses, incoming SIP calls). A type added to the API later
 * is read as {@link Unknown}, which keeps every field. Obtain events from
 * {@link WebhookVerifier#unwrap(String, java.util.Map)}, which verifies the signature first.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = WebhookEvent.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(BatchCancelledEvent.class), @JsonSubTypes.Type(BatchCompletedEvent.class),
		@JsonSubTypes.Type(BatchExpiredEvent.class), @JsonSubTypes.Type(BatchFailedEvent.class),
		@JsonSubTypes.Type(EvalRunCanceledEvent.class), @JsonSubTypes.Type(EvalRunFailedEvent.class),
		@JsonSubTypes.Type(EvalRunSucceededEvent.class), @JsonSubTypes.Type(FineTuningJobCancelledEvent.class),
		@JsonSubTypes.Type(FineTuningJobFailedEvent.class), @JsonSubTypes.Type(FineTuningJobSucceededEvent.class),
		@JsonSubTypes.Type(LiveCallIncomingEvent.class), @JsonSubTypes.Type(RealtimeCallIncomingEvent.class),
		@JsonSubTypes.Type(ResponseCancelledEvent.class), @JsonSubTypes.Type(ResponseCompletedEvent.class),
		@JsonSubTypes.Type(ResponseFailedEvent.class), @JsonSubTypes.Type(ResponseIncompleteEvent.class) })
public sealed interface WebhookEvent permits BatchCancelledEvent, BatchCompletedEvent, BatchExpiredEvent,
		BatchFailedEvent, EvalRunCanceledEvent, EvalRunFailedEvent, EvalRunSucceededEvent, FineTuningJobCancelledEvent,
		FineTuningJobFailedEvent, FineTuningJobSucceededEvent, LiveCallIncomingEvent, RealtimeCallIncomingEvent,
		ResponseCancelledEvent, ResponseCompletedEvent, ResponseFailedEvent, ResponseIncompleteEvent,
		WebhookEvent.Unknown {

	/** @return the unique ID of the event, such as {@code evt_abc123} */
	String id();

	/** @return when the event happened, in Unix seconds */
	long createdAt();

	/** @return the event type, such as {@code response.completed} */
	default String type() {
		return WireTypeNames.of(this);
	}

	/** @return the object of the event, always {@code event} when present */
	@Nullable String object();

	/** @return when the event happened */
	default Instant createdAtInstant() {
		return Instant.ofEpochSecond(createdAt());
	}

	/**
	 * A webhook event of a type this client does not know yet (added to the API later), read so that no delivery is
	 * lost. It keeps every field and is written back unchanged.
	 *
	 * @param id the unique ID of the event ({@code ""} when missing)
	 * @param createdAt when it happened, in Unix seconds
	 * @param object the object of the event, always {@code event} when present
	 * @param type the event type, as read ({@code ""} when missing)
	 * @param fields the other fields, such as {@code data}, as read
	 */
	record Unknown(String id, long createdAt, @Nullable String object, @JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements WebhookEvent {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			id = (id != null) ? id : "";
			type = (type != null) ? type : "";
			fields = Extras.copy(fields);
		}

	}

}
