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

	/**
	 * Replaces the messages.
	 * @param messages the conversation so far
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder messages(List<? extends ChatMessage> messages) {
		return set("messages", messages);
	}

	/**
	 * Appends a message.
	 * @param message the message
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder addMessage(ChatMessage message) {
		return add("messages", message);
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
		return add("tools", tool);
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
		return stop((sequences.length == 1) ? StopSequences.of(sequences[0]) : StopSequences.of(sequences));
	}

	/**
	 * Sets {@code modalities}.
	 * @param modalities the output types
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder modalities(Modality... modalities) {
		return modalities(List.of(modalities));
	}

	/**
	 * Sets {@code model}.
	 * @param model the model ID, such as {@code gpt-4o-mini}, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder model(@Nullable String model) {
		return set("model", model);
	}

	/**
	 * Sets {@code audio}.
	 * @param audio audio output parameters, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder audio(@Nullable AudioOutput audio) {
		return set("audio", audio);
	}

	/**
	 * Sets {@code function_call}.
	 * @param functionCall the deprecated function choice, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder functionCall(@Nullable FunctionCallChoice functionCall) {
		return set("functionCall", functionCall);
	}

	/**
	 * Sets {@code functions}.
	 * @param functions the deprecated functions, 1 to 128, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder functions(@Nullable List<FunctionDefinition> functions) {
		return set("functions", functions);
	}

	/**
	 * Sets {@code modalities}.
	 * @param modalities the output types, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder modalities(@Nullable List<Modality> modalities) {
		return set("modalities", modalities);
	}

	/**
	 * Sets {@code prediction}.
	 * @param prediction the Predicted Output, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder prediction(@Nullable Prediction prediction) {
		return set("prediction", prediction);
	}

	/**
	 * Sets {@code response_format}.
	 * @param responseFormat the output format, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder responseFormat(@Nullable ResponseFormat responseFormat) {
		return set("responseFormat", responseFormat);
	}

	/**
	 * Sets {@code stop}.
	 * @param stop the stop sequences, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder stop(@Nullable StopSequences stop) {
		return set("stop", stop);
	}

	/**
	 * Sets {@code tool_choice}.
	 * @param toolChoice which tool the model calls, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder toolChoice(@Nullable ToolChoice toolChoice) {
		return set("toolChoice", toolChoice);
	}

	/**
	 * Sets {@code tools}.
	 * @param tools the tools, or {@code null}
	 * @return this builder
	 */
	public ChatCompletionRequestBuilder tools(@Nullable List<ChatTool> tools) {
		return set("tools", tools);
	}

	ChatCompletionRequestBuilder stream(@Nullable Boolean stream) {
		return set("stream", stream);
	}

}
