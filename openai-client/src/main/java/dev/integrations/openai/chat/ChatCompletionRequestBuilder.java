package dev.integrations.openai.chat;

import java.util.List;

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

	ChatCompletionRequestBuilder(@Nullable ChatCompletionRequest from) {
		super(from);
	}

	/** Replaces the messages: the conversation so far. */
	public ChatCompletionRequestBuilder messages(List<? extends ChatMessage> messages) {
		return set("messages", messages);
	}

	/** Appends a message. */
	public ChatCompletionRequestBuilder addMessage(ChatMessage message) {
		return add("messages", message);
	}

	/** Appends a developer message. */
	public ChatCompletionRequestBuilder addDeveloperMessage(String content) {
		return addMessage(ChatMessage.developer(content));
	}

	/** Appends a system message. */
	public ChatCompletionRequestBuilder addSystemMessage(String content) {
		return addMessage(ChatMessage.system(content));
	}

	/** Appends a text user message. */
	public ChatCompletionRequestBuilder addUserMessage(String content) {
		return addMessage(ChatMessage.user(content));
	}

	/** Appends a user message made of parts. */
	public ChatCompletionRequestBuilder addUserMessage(ContentPart... parts) {
		return addMessage(ChatMessage.user(parts));
	}

	/** Appends an earlier text answer of the model. */
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

	/** Appends a tool. */
	public ChatCompletionRequestBuilder addTool(ChatTool tool) {
		return add("tools", tool);
	}

	/** Appends a function tool. */
	public ChatCompletionRequestBuilder addFunctionTool(FunctionDefinition function) {
		return addTool(ChatTool.function(function));
	}

	/** Sets {@code stop} to one or more sequences (one is sent as a string, several as an array): 1 to 4 sequences. */
	public ChatCompletionRequestBuilder stop(String... sequences) {
		return stop((sequences.length == 1) ? StopSequences.of(sequences[0]) : StopSequences.of(sequences));
	}

	/** Sets {@code modalities}. */
	public ChatCompletionRequestBuilder modalities(Modality... modalities) {
		return modalities(List.of(modalities));
	}

	/** Sets {@code model}: the model ID, such as {@code gpt-4o-mini}, or {@code null}. */
	public ChatCompletionRequestBuilder model(@Nullable String model) {
		return set("model", model);
	}

	/** Sets {@code audio}: audio output parameters, or {@code null}. */
	public ChatCompletionRequestBuilder audio(@Nullable AudioOutput audio) {
		return set("audio", audio);
	}

	/** Sets {@code function_call}: the deprecated function choice, or {@code null}. */
	public ChatCompletionRequestBuilder functionCall(@Nullable FunctionCallChoice functionCall) {
		return set("functionCall", functionCall);
	}

	/** Sets {@code functions}: the deprecated functions, 1 to 128, or {@code null}. */
	public ChatCompletionRequestBuilder functions(@Nullable List<FunctionDefinition> functions) {
		return set("functions", functions);
	}

	/** Sets {@code modalities} ({@code null} unsets it). */
	public ChatCompletionRequestBuilder modalities(@Nullable List<Modality> modalities) {
		return set("modalities", modalities);
	}

	/** Sets {@code prediction} ({@code null} unsets it). */
	public ChatCompletionRequestBuilder prediction(@Nullable Prediction prediction) {
		return set("prediction", prediction);
	}

	/** Sets {@code response_format} ({@code null} unsets it). */
	public ChatCompletionRequestBuilder responseFormat(@Nullable ResponseFormat responseFormat) {
		return set("responseFormat", responseFormat);
	}

	/** Sets {@code stop} ({@code null} unsets it). */
	public ChatCompletionRequestBuilder stop(@Nullable StopSequences stop) {
		return set("stop", stop);
	}

	/** Sets {@code tool_choice}: which tool the model calls, or {@code null}. */
	public ChatCompletionRequestBuilder toolChoice(@Nullable ToolChoice toolChoice) {
		return set("toolChoice", toolChoice);
	}

	/** Sets {@code tools} ({@code null} unsets it). */
	public ChatCompletionRequestBuilder tools(@Nullable List<ChatTool> tools) {
		return set("tools", tools);
	}

	ChatCompletionRequestBuilder stream(@Nullable Boolean stream) {
		return set("stream", stream);
	}

}
