package dev.integrations.openai.batches;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireMaps;
import org.jspecify.annotations.Nullable;

/**
 * A batch: a file of requests run asynchronously against one endpoint within a completion window. Timestamps are
 * Unix seconds on the wire; each has an {@code ...Instant()} accessor.
 *
 * @param id the batch ID, such as {@code batch_abc123}
 * @param object always {@code batch}
 * @param endpoint the endpoint every request goes to, such as {@code /v1/chat/completions}
 * @param model the model that processed the batch, such as {@code gpt-5-2025-08-07}, when reported
 * @param errors the validation errors, when the input file was rejected
 * @param inputFileId the ID of the input file
 * @param completionWindow the time frame within which the batch should be processed, such as {@code 24h}
 * @param status the current status
 * @param outputFileId the ID of the file with the outputs of the successful requests
 * @param errorFileId the ID of the file with the outputs of the failed requests
 * @param createdAt when the batch was created
 * @param inProgressAt when the batch started processing
 * @param expiresAt when the batch will expire
 * @param finalizingAt when the batch started finalizing
 * @param completedAt when the batch completed
 * @param failedAt when the batch failed
 * @param expiredAt when the batch expired
 * @param cancellingAt when the batch started cancelling
 * @param cancelledAt when the batch was cancelled
 * @param requestCounts how many requests are done
 * @param usage the tokens used, for batches created after September 7, 2025
 * @param metadata the metadata attached at creation
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Batch(String id, String object, String endpoint, @Nullable String model, @Nullable BatchErrors errors,
		String inputFileId, String completionWindow, BatchStatus status, @Nullable String outputFileId,
		@Nullable String errorFileId, long createdAt, @Nullable Long inProgressAt, @Nullable Long expiresAt,
		@Nullable Long finalizingAt, @Nullable Long completedAt, @Nullable Long failedAt, @Nullable Long expiredAt,
		@Nullable Long cancellingAt, @Nullable Long cancelledAt, @Nullable BatchRequestCounts requestCounts,
		@Nullable BatchUsage usage, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Reads a missing status as {@link BatchStatus#UNKNOWN} and missing metadata as an empty map.
	 */
	public Batch {
		extra = Extras.copy(extra);
		metadata = WireMaps.copyOf(metadata);
		status = (status != null) ? status : BatchStatus.UNKNOWN;
	}

	/** @return whether the batch will not change any more (see {@link BatchStatus#isTerminal()}) */
	public boolean isTerminal() {
		return this.status.isTerminal();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@link #inProgressAt()} as an instant, or {@code null} */
	public @Nullable Instant inProgressAtInstant() {
		return instant(this.inProgressAt);
	}

	/** @return {@link #expiresAt()} as an instant, or {@code null} */
	public @Nullable Instant expiresAtInstant() {
		return instant(this.expiresAt);
	}

	/** @return {@link #finalizingAt()} as an instant, or {@code null} */
	public @Nullable Instant finalizingAtInstant() {
		return instant(this.finalizingAt);
	}

	/** @return {@link #completedAt()} as an instant, or {@code null} */
	public @Nullable Instant completedAtInstant() {
		return instant(this.completedAt);
	}

	/** @return {@link #failedAt()} as an instant, or {@code null} */
	public @Nullable Instant failedAtInstant() {
		return instant(this.failedAt);
	}

	/** @return {@link #expiredAt()} as an instant, or {@code null} */
	public @Nullable Instant expiredAtInstant() {
		return instant(this.expiredAt);
	}

	/** @return {@link #cancellingAt()} as an instant, or {@code null} */
	public @Nullable Instant cancellingAtInstant() {
		return instant(this.cancellingAt);
	}

	/** @return {@link #cancelledAt()} as an instant, or {@code null} */
	public @Nullable Instant cancelledAtInstant() {
		return instant(this.cancelledAt);
	}

	private static @Nullable Instant instant(@Nullable Long seconds) {
		return (seconds != null) ? Instant.ofEpochSecond(seconds) : null;
	}

}
