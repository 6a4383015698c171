package dev.integrations.openai.assistants;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.internal.EpochSeconds;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * A run: an execution of an assistant on a thread.
 *
 * @param id the run ID, such as {@code run_abc123}
 * @param object always {@code thread.run}
 * @param createdAt when it was created, in Unix seconds
 * @param threadId the thread
 * @param assistantId the assistant
 * @param status the status
 * @param requiredAction the function calls to answer, in status {@code requires_action}
 * @param lastError the error, in status {@code failed}
 * @param expiresAt when it expires, in Unix seconds
 * @param startedAt when it started, in Unix seconds
 * @param cancelledAt when it was cancelled, in Unix seconds
 * @param failedAt when it failed, in Unix seconds
 * @param completedAt when it completed, in Unix seconds
 * @param incompleteDetails why it is incomplete, in status {@code incomplete}
 * @param model the model used
 * @param instructions the instructions used
 * @param tools the tools used
 * @param metadata up to 16 key-value pairs
 * @param usage the tokens used, once terminal
 * @param temperature the sampling temperature used
 * @param topP the nucleus sampling mass used
 * @param maxPromptTokens the prompt token limit
 * @param maxCompletionTokens the completion token limit
 * @param truncationStrategy the truncation strategy
 * @param toolChoice the tool choice
 * @param parallelToolCalls whether function calls may run in parallel
 * @param responseFormat the output format
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
@Deprecated
public record Run(String id, String object, long createdAt, String threadId, String assistantId, RunStatus status,
		@Nullable RequiredAction requiredAction, @Nullable LastError lastError, @Nullable Long expiresAt,
		@Nullable Long startedAt, @Nullable Long cancelledAt, @Nullable Long failedAt, @Nullable Long completedAt,
		@Nullable IncompleteDetails incompleteDetails, @Nullable String model, @Nullable String instructions,
		List<AssistantTool> tools, Map<String, String> metadata, @Nullable RunUsage usage,
		@Nullable Double temperature, @Nullable Double topP, @Nullable Integer maxPromptTokens,
		@Nullable Integer maxCompletionTokens, @Nullable TruncationStrategy truncationStrategy,
		@Nullable ToolChoice toolChoice, @Nullable Boolean parallelToolCalls, @Nullable ResponseFormat responseFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
		implements ModelResponse {

	/**
	 * Normalizes missing lists and maps to empty ones.
	 */
	public Run {
		extra = Extras.copy(extra);
		status = (status != null) ? status : RunStatus.UNKNOWN;
		tools = WireLists.copyOf(tools);
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@code expires_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant expiresAtInstant() {
		return EpochSeconds.toInstant(this.expiresAt);
	}

	/** @return {@code started_at} as an {@code Instant}, or {@code null} when not set */
	public @Nullable Instant startedAtInstant() {
		return EpochSeconds.toInstant(this.startedAt);
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

	/** @return the function calls to answer; empty unless the run requires action */
	public List<RequiredAction.FunctionCallRequest> requiredToolCalls() {
		return (this.requiredAction != null) ? this.requiredAction.toolCalls() : List.of();
	}

	@Override
	public @Nullable TokenUsage tokenUsage() {
		return (this.usage != null) ? new TokenUsage(this.usage.promptTokens(), this.usage.completionTokens()) : null;
	}

	/**
	 * The error of a failed run.
	 *
	 * @param code {@code server_error}, {@code rate_limit_exceeded} or {@code invalid_prompt}
	 * @param message the description
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public record LastError(String code, String message) {

	}

	/**
	 * Why a run is incomplete.
	 *
	 * @param reason {@code max_completion_tokens} or {@code max_prompt_tokens}
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public record IncompleteDetails(@Nullable String reason) {

	}

}
