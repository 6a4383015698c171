package dev.integrations.openai.assistants;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import dev.integrations.openai.internal.EpochSeconds;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * A message of a thread.
 *
 * @param id the message ID, such as {@code msg_abc123}
 * @param object always {@code thread.message}
 * @param createdAt when it was created, in Unix seconds
 * @param threadId the thread it belongs to
 * @param status {@code in_progress}, {@code incomplete} or {@code completed}
 * @param incompleteDetails why it is incomplete, if it is
 * @param completedAt when it was completed, in Unix seconds
 * @param incompleteAt when it was marked incomplete, in Unix seconds
 * @param role who wrote it
 * @param content the content parts
 * @param assistantId the assistant that wrote it, if any
 * @param runId the run that created it; {@code null} for messages created directly
 * @param attachments the attached files
 * @param metadata up to 16 key-value pairs
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
@Deprecated
public record Message(String id, String object, long createdAt, String threadId, @Nullable Status status,
		@Nullable IncompleteDetails incompleteDetails, @Nullable Long completedAt, @Nullable Long incompleteAt,
		MessageRole role, List<MessageContent> content, @Nullable String assistantId, @Nullable String runId,
		List<Attachment> attachments, Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Normalizes missing lists and maps to empty ones.
	 */
	public Message {
		extra = Extras.copy(extra);
		content = WireLists.copyOf(content);
		attachments = WireLists.copyOf(attachments);
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@code completed_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant completedAtInstant() {
		return EpochSeconds.toInstant(this.completedAt);
	}

	/** @return {@code incomplete_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant incompleteAtInstant() {
		return EpochSeconds.toInstant(this.incompleteAt);
	}

	/**
	 * The text of every text part, joined by a newline (annotations left in place).
	 * @return the text, empty when the message has no text part
	 */
	public String text() {
		return this.content.stream()
			.filter(MessageContent.Text.class::isInstance)
			.map((part) -> ((MessageContent.Text) part).text())
			.filter(java.util.Objects::nonNull)
			.map(MessageContent.TextValue::value)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.joining("\n"));
	}

	/**
	 * Why a message is incomplete.
	 *
	 * @param reason {@code content_filter}, {@code max_tokens}, {@code run_cancelled}, {@code run_expired} or
	 * {@code run_failed}
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public record IncompleteDetails(String reason) {

	}

	/**
	 * The status of a message.
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public enum Status {

		/** Being written. */
		IN_PROGRESS,

		/** Ended before it was complete; see {@link Message#incompleteDetails()}. */
		INCOMPLETE,

		/** Complete. */
		COMPLETED,

		/** A status this client does not know yet. */
		@JsonEnumDefaultValue
		UNKNOWN

	}

}
