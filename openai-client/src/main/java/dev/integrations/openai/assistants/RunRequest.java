package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of create run ({@code POST /threads/{thread_id}/runs}), and the run part of create-thread-and-run.
 * Build with {@link #builder(String)}; the streaming methods of {@link RunService} set {@code stream}.
 *
 * @param assistantId the assistant to run
 * @param model a model that replaces the assistant's
 * @param reasoningEffort the reasoning effort of reasoning models, such as {@code low} or {@code high}
 * @param instructions instructions that replace the assistant's
 * @param additionalInstructions instructions appended to the assistant's
 * @param additionalMessages messages added to the thread before the run
 * @param tools tools that replace the assistant's, up to 20
 * @param metadata up to 16 key-value pairs
 * @param temperature the sampling temperature, 0 to 2
 * @param topP the nucleus sampling mass, 0 to 1
 * @param stream set by the streaming methods of the service, never by callers
 * @param maxPromptTokens the prompt tokens the run may use over all its turns, at least 256
 * @param maxCompletionTokens the completion tokens the run may use over all its turns, at least 256
 * @param truncationStrategy how the thread is truncated for the run
 * @param toolChoice which tool the model calls
 * @param parallelToolCalls whether function calls may run in parallel
 * @param responseFormat the output format
 * @param include additional fields to include in the run steps, sent as {@code include[]} query parameters
 * ({@link RunStep#FILE_SEARCH_RESULT_CONTENT}); not part of the body
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
@Deprecated
public record RunRequest(String assistantId, @Nullable String model, @Nullable String reasoningEffort,
		@Nullable String instructions, @Nullable String additionalInstructions,
		@Nullable List<MessageRequest> additionalMessages, @Nullable List<AssistantTool> tools,
		@Nullable Map<String, String> metadata, @Nullable Double temperature, @Nullable Double topP,
		@Nullable Boolean stream, @Nullable Integer maxPromptTokens, @Nullable Integer maxCompletionTokens,
		@Nullable TruncationStrategy truncationStrategy, @Nullable ToolChoice toolChoice,
		@Nullable Boolean parallelToolCalls, @Nullable ResponseFormat responseFormat,
		@JsonIgnore @Nullable List<String> include, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Validates the fields against the API's limits.
	 */
	public RunRequest {
		extra = Extras.copy(extra);
		Validation.notBlank("assistant_id", assistantId);
		Validation.maxSize("tools", tools, 20);
		Validation.metadata("metadata", metadata);
		Validation.range("temperature", temperature, 0, 2);
		Validation.range("top_p", topP, 0, 1);
		atLeast256("max_prompt_tokens", maxPromptTokens);
		atLeast256("max_completion_tokens", maxCompletionTokens);
		additionalMessages = (additionalMessages != null) ? List.copyOf(additionalMessages) : null;
		tools = (tools != null) ? List.copyOf(tools) : null;
		AssistantsApi.validateTools(tools, null, responseFormat);
		if (truncationStrategy != null) {
			truncationStrategy.validate();
		}
		if (toolChoice != null) {
			toolChoice.validate();
		}
		include = (include != null) ? List.copyOf(include) : null;
	}

	private static void atLeast256(String field, @Nullable Integer value) {
		if (value != null && value < 256) {
			throw new OpenAIValidationException(field, field + " must be at least 256, was " + value);
		}
	}

	/**
	 * Starts a request; {@link Builder#assistantId} is required.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/** @return a builder holding the fields of this request */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/** @return a copy with {@code stream: true} */
	RunRequest streaming() {
		return toBuilder().stream(true).build();
	}

	/**
	 * Builds a {@link RunRequest}.
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public static final class Builder extends RecordBuilder<RunRequest, Builder> {

		private Builder(@Nullable RunRequest from) {
			super(RunRequest.class, from);
		}

		/** The assistant to run. */
		public Builder assistantId(String assistantId) {
			return set("assistantId", assistantId);
		}

		/** A model that replaces the assistant's. */
		public Builder model(String model) {
			return set("model", model);
		}

		/** The reasoning effort of reasoning models, such as {@code low} or {@code high}. */
		public Builder reasoningEffort(String reasoningEffort) {
			return set("reasoningEffort", reasoningEffort);
		}

		/** Instructions that replace the assistant's. */
		public Builder instructions(String instructions) {
			return set("instructions", instructions);
		}

		/** Instructions appended to the assistant's. */
		public Builder additionalInstructions(String additionalInstructions) {
			return set("additionalInstructions", additionalInstructions);
		}

		/** Messages added to the thread before the run. */
		public Builder additionalMessages(List<MessageRequest> additionalMessages) {
			return set("additionalMessages", additionalMessages);
		}

		/** Tools that replace the assistant's, up to 20. */
		public Builder tools(List<AssistantTool> tools) {
			return set("tools", tools);
		}

		/** Up to 16 key-value pairs. */
		public Builder metadata(Map<String, String> metadata) {
			return set("metadata", metadata);
		}

		/** The sampling temperature, 0 to 2. */
		public Builder temperature(double temperature) {
			return set("temperature", temperature);
		}

		/** The nucleus sampling mass, 0 to 1. */
		public Builder topP(double topP) {
			return set("topP", topP);
		}

		/** Set by the streaming methods of the service, never by callers. */
		Builder stream(@Nullable Boolean stream) {
			return set("stream", stream);
		}

		/** The prompt tokens the run may use over all its turns, at least 256. */
		public Builder maxPromptTokens(int maxPromptTokens) {
			return set("maxPromptTokens", maxPromptTokens);
		}

		/** The completion tokens the run may use over all its turns, at least 256. */
		public Builder maxCompletionTokens(int maxCompletionTokens) {
			return set("maxCompletionTokens", maxCompletionTokens);
		}

		/** How the thread is truncated for the run. */
		public Builder truncationStrategy(TruncationStrategy truncationStrategy) {
			return set("truncationStrategy", truncationStrategy);
		}

		/** Which tool the model calls. */
		public Builder toolChoice(ToolChoice toolChoice) {
			return set("toolChoice", toolChoice);
		}

		/** Whether function calls may run in parallel. */
		public Builder parallelToolCalls(boolean parallelToolCalls) {
			return set("parallelToolCalls", parallelToolCalls);
		}

		/** The output format. */
		public Builder responseFormat(ResponseFormat responseFormat) {
			return set("responseFormat", responseFormat);
		}

		/** Additional fields to include in the run steps, such as {@link RunStep#FILE_SEARCH_RESULT_CONTENT}. */
		public Builder include(List<String> include) {
			return set("include", include);
		}

		/** Adds a tool. */
		public Builder tool(AssistantTool tool) {
			return add("tools", tool);
		}

		/** Adds a message to the thread before the run. */
		public Builder additionalMessage(MessageRequest message) {
			return add("additionalMessages", message);
		}

	}

}
