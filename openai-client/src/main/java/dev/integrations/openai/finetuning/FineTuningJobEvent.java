package dev.integrations.openai.finetuning;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A status update or metrics report of a fine-tuning job.
 *
 * @param object always {@code fine_tuning.job.event}
 * @param id the event ID, such as {@code ftevent-abc123}
 * @param createdAt when the event happened, in Unix seconds (see {@link #createdAtInstant()})
 * @param level the log level
 * @param message the message, such as {@code Fine-tuning job started}
 * @param type the kind of event
 * @param data the data of the event, such as the metrics of a step
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record FineTuningJobEvent(String object, String id, long createdAt, Level level, String message,
		@Nullable Type type, @Nullable JsonNode data, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public FineTuningJobEvent {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/**
	 * The log level of an event.
	 */
	public enum Level {

		/** Information. */
		INFO,

		/** A warning. */
		WARN,

		/** An error. */
		ERROR,

		/** A level this client does not know yet. */
		@JsonEnumDefaultValue
		UNKNOWN

	}

	/**
	 * The kind of event.
	 */
	public enum Type {

		/** A status message. */
		MESSAGE,

		/** A metrics report; see {@link FineTuningJobEvent#data()}. */
		METRICS,

		/** A kind this client does not know yet. */
		@JsonEnumDefaultValue
		UNKNOWN

	}

}
