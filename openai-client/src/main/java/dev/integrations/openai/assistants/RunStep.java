package dev.integrations.openai.assistants;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import dev.integrations.openai.internal.EpochSeconds;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A step of a run: a message creation or tool calls.
 *
 * @param id the step ID, such as {@code step_abc123}
 * @param object always {@code thread.run.step}
 * @param createdAt when it was created, in Unix seconds
 * @param assistantId the assistant
 * @param threadId the thread
 * @param runId the run
 * @param type {@code message_creation} or {@code tool_calls}
 * @param status the status
 * @param stepDetails what the step did
 * @param lastError the error, in status {@code failed}
 * @param expiredAt when it expired, in Unix seconds
 * @param cancelledAt when it was cancelled, in Unix seconds
 * @param failedAt when it failed, in Unix seconds
 * @param completedAt when it completed, in Unix seconds
 * @param metadata up to 16 key-value pairs
 * @param usage the tokens used, once the step is no longer in progress
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
@Deprecated
public record RunStep(String id, String object, long createdAt, String assistantId, String threadId, String runId,
		String type, Status status, StepDetails stepDetails, Run.@Nullable LastError lastError,
		@Nullable Long expiredAt, @Nullable Long cancelledAt, @Nullable Long failedAt, @Nullable Long completedAt,
		Map<String, String> metadata, @Nullable RunUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * The {@code include[]} value that adds the matched content to the file search results of run steps.
	 */
	public static final String FILE_SEARCH_RESULT_CONTENT = "step_details.tool_calls[*].file_search.results[*].content";

	/**
	 * Normalizes missing metadata to an empty map.
	 */
	public RunStep {
		extra = Extras.copy(extra);
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@code expired_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant expiredAtInstant() {
		return EpochSeconds.toInstant(this.expiredAt);
	}

	/** @return {@code cancelled_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant cancelledAtInstant() {
		return EpochSeconds.toInstant(this.cancelledAt);
	}

	/** @return {@code failed_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant failedAtInstant() {
		return EpochSeconds.toInstant(this.failedAt);
	}

	/** @return {@code completed_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant completedAtInstant() {
		return EpochSeconds.toInstant(this.completedAt);
	}

	/**
	 * The status of a run step.
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public enum Status {

		/** Running. */
		IN_PROGRESS,

		/** Cancelled. */
		CANCELLED,

		/** Failed. */
		FAILED,

		/** Completed. */
		COMPLETED,

		/** Expired with its run. */
		EXPIRED,

		/** A status this client does not know yet. */
		@JsonEnumDefaultValue
		UNKNOWN

	}

}
