package dev.integrations.openai.chat;

import java.util.ArrayList;
import java.util.List;

import dev.integrations.openai.common.RequestBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link ChatCompletionRequest}; {@link #build()} checks it against the API's constraints. Get one from
 * {@link ChatCompletionRequest#builder()}:
 *
 * <pre>{@code
 * ChatCompletionRequest request = ChatCompletionRequest.builder()
 *     .model("gpt-4o-mini")
 *     .addDeveloperMessage("Answer in one sentence.")
 *     .addUserMessage("What is the capital of France?")
 *     .temperature(0.2)
 *     .build();
 * }</pre>
 */
public final class ChatCompletionRequestBuilder extends ChatCompletionRequestSettings {

	private final List<ChatMessage> messages = new ArrayList<>();

	private @Nullable Boolean stream;

	private @Nullable String model;

	private @Nullable AudioOutput audio;

	private @Nullable FunctionCallChoice functionCall;

	private @Nullable List<FunctionDefinition> functions;

	private @Nullable List<Modality> modalities;

	private @Nullable Prediction prediction;

	private @Nullable ResponseFormat responseFormat;

	private @Nullable StopSequences stop;

	private @Nullable ToolChoice toolChoice;

	private @Nullable List<ChatTool> tools;

	ChatCompletionRequestBuilder() {
	}

	ChatCompletionRequestBuilder(ChatCompletionRequest request) {
		super(request);
		this.messages.addAll(request.messages());
		this.stream = request.stream();
		this.model = request.model();
		this.audio = request.audio();
		this.functionCall = request.functionCall();
		this.functions = request.functions();
		this.modalities = request.modalities();
		this.prediction = request.prediction();
		this.responseFormat = request.responseFormat();
		this.stop = request.stop();
		this.toolChoice = request.toolChoice();
		this.tools = request.tools();
	}

	/**
	 * Replaces the messages.
	 * @param messages the conversation so far
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder messages(List<? extends ChatMessage> messages) {
		this.messages.clear();
		this.messages.addAll(messages);
		return this;
	}

	/**
	 * Appends a message.
	 * @param message the message
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder addMessage(ChatMessage message) {
		this.messages.add(message);
		return this;
	}

	/**
	 * Appends a developer message.
	 * @param content the instructions
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder addDeveloperMessage(String content) {
		return addMessage(ChatMessage.developer(content));
	}

	/**
	 * Appends a system message.
	 * @param content the instructions
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder addSystemMessage(String content) {
		return addMessage(ChatMessage.system(content));
	}

	/**
	 * Appends a text user message.
	 * @param content the text
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder addUserMessage(String content) {
		return addMessage(ChatMessage.user(content));
	}

	/**
	 * Appends a user message made of parts.
	 * @param parts the parts
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder addUserMessage(ContentPart... parts) {
		return addMessage(ChatMessage.user(parts));
	}

	/**
	 * Appends an earlier text answer of the model.
	 * @param content the text
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder addAssistantMessage(String content) {
		return addMessage(ChatMessage.assistant(content));
	}

	/**
	 * Appends the result of a tool call.
	 * @param toolCallId the ID of the call
	 * @param content the result
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder addToolMessage(String toolCallId, String content) {
		return addMessage(ChatMessage.tool(toolCallId, content));
	}

	/**
	 * Appends a tool.
	 * @param tool the tool
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder addTool(ChatTool tool) {
		List<ChatTool> list = (this.tools != null) ? new ArrayList<>(this.tools) : new ArrayList<>();
		list.add(tool);
		this.tools = list;
		return this;
	}

	/**
	 * Appends a function tool.
	 * @param function the function
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder addFunctionTool(FunctionDefinition function) {
		return addTool(ChatTool.function(function));
	}

	/**
	 * Sets {@code stop} to one or more sequences (one is sent as a string, several as an array).
	 * @param sequences 1 to 4 sequences
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder stop(String... sequences) {
		this.stop = (sequences.length == 1) ? StopSequences.of(sequences[0]) : StopSequences.of(sequences);
		return this;
	}

	/**
	 * Sets {@code modalities}.
	 * @param modalities the output types
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder modalities(Modality... modalities) {
		this.modalities = List.of(modalities);
		return this;
	}


	/**
	 * Sets {@code model}.
	 * @param model the model ID, such as {@code gpt-4o-mini}, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder model(@Nullable String model) {
		this.model = model;
		return this;
	}

	/**
	 * Sets {@code audio}.
	 * @param audio audio output parameters, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder audio(@Nullable AudioOutput audio) {
		this.audio = audio;
		return this;
	}

	/**
	 * Sets {@code function_call}.
	 * @param functionCall the deprecated function choice, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder functionCall(@Nullable FunctionCallChoice functionCall) {
		this.functionCall = functionCall;
		return this;
	}

	/**
	 * Sets {@code functions}.
	 * @param functions the deprecated functions, 1 to 128, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder functions(@Nullable List<FunctionDefinition> functions) {
		this.functions = functions;
		return this;
	}

	/**
	 * Sets {@code modalities}.
	 * @param modalities the output types, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder modalities(@Nullable List<Modality> modalities) {
		this.modalities = modalities;
		return this;
	}

	/**
	 * Sets {@code prediction}.
	 * @param prediction the Predicted Output, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder prediction(@Nullable Prediction prediction) {
		this.prediction = prediction;
		return this;
	}

	/**
	 * Sets {@code response_format}.
	 * @param responseFormat the output format, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder responseFormat(@Nullable ResponseFormat responseFormat) {
		this.responseFormat = responseFormat;
		return this;
	}

	/**
	 * Sets {@code stop}.
	 * @param stop the stop sequences, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder stop(@Nullable StopSequences stop) {
		this.stop = stop;
		return this;
	}

	/**
	 * Sets {@code tool_choice}.
	 * @param toolChoice which tool the model calls, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder toolChoice(@Nullable ToolChoice toolChoice) {
		this.toolChoice = toolChoice;
		return this;
	}

	/**
	 * Sets {@code tools}.
	 * @param tools the tools, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder tools(@Nullable List<ChatTool> tools) {
		this.tools = tools;
		return this;
	}

	@Override
	ChatCompletionRequestBuilder self() {
		return this;
	}

	ChatCompletionRequestBuilder stream(@Nullable Boolean stream) {
		this.stream = stream;
		return this;
	}

	/**
	 * Builds the request, checking every constraint of the API.
	 * @return the request
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the offending wire field
	 */
	public ChatCompletionRequest build() {
		return new ChatCompletionRequest(List.copyOf(this.messages), this.model, this.audio, this.frequencyPenalty, this.functionCall, this.functions, this.logitBias, this.logprobs, this.maxCompletionTokens, this.maxTokens, this.metadata, this.modalities, this.moderation, this.n, this.parallelToolCalls, this.prediction, this.presencePenalty, this.promptCacheKey, this.promptCacheOptions, this.promptCacheRetention, this.reasoningEffort, this.responseFormat, this.safetyIdentifier, this.seed, this.serviceTier, this.stop, this.store, this.stream, this.streamOptions, this.temperature, this.toolChoice, this.tools, this.topLogprobs, this.topP, this.user, this.verbosity, this.webSearchOptions, buildExtra());
	}

}
