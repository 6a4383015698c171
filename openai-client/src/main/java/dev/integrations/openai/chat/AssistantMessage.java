package dev.integrations.openai.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.jspecify.annotations.Nullable;

/**
 * An earlier answer of the model, sent back as conversation history ({@code role: assistant}). Content (text, or
 * text and refusal parts) is required unless {@code tool_calls} or {@code function_call} is set.
 *
 * @param content the content
 * @param refusal the refusal message of the model
 * @param name an optional participant name
 * @param audio a previous audio response of the model, by ID
 * @param toolCalls the tool calls the model made
 * @param functionCall the function the model called (deprecated in favor of {@code tool_calls})
 */
@JsonTypeName("assistant")
public record AssistantMessage(@Nullable MessageContent content, @Nullable String refusal, @Nullable String name,
		@Nullable AudioReference audio, @Nullable List<ToolCall> toolCalls, @Nullable FunctionCall functionCall)
		implements ChatMessage {

	/**
	 * Checks that there is content or a call, and copies the list.
	 */
	public AssistantMessage {
		toolCalls = (toolCalls != null) ? List.copyOf(toolCalls) : null;
		if (content == null && (toolCalls == null || toolCalls.isEmpty()) && functionCall == null) {
			throw new OpenAIValidationException("content",
					"content is required in an assistant message unless tool_calls or function_call is set");
		}
		ContentRules.check("assistant", content, ContentRules.ASSISTANT);
	}

	/**
	 * Starts an assistant message.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Turns a message the model returned into history for the next request.
	 * @param message the message of a {@link ChatChoice}
	 * @return the assistant message
	 */
	public static AssistantMessage from(ChatCompletionMessage message) {
		Builder builder = builder().refusal(message.refusal()).functionCall(message.functionCall());
		if (message.content() != null) {
			builder.content(message.content());
		}
		if (message.toolCalls() != null && !message.toolCalls().isEmpty()) {
			builder.toolCalls(message.toolCalls());
		}
		if (message.audio() != null) {
			builder.audio(new AudioReference(message.audio().id()));
		}
		if (message.content() == null && builder.toolCalls == null && message.functionCall() == null
				&& message.refusal() != null) {
			builder.content(MessageContent.of(List.of(ContentPart.refusal(message.refusal()))));
		}
		return builder.build();
	}

	/**
	 * A previous audio response of the model: {@code {"id": ...}}.
	 *
	 * @param id the ID of the audio response
	 */
	public record AudioReference(String id) {

	}

	/**
	 * Builds an {@link AssistantMessage}.
	 */
	public static final class Builder {

		private @Nullable MessageContent content;

		private @Nullable String refusal;

		private @Nullable String name;

		private @Nullable AudioReference audio;

		private @Nullable List<ToolCall> toolCalls;

		private @Nullable FunctionCall functionCall;

		private Builder() {
		}

		/** Sets text content. */
		public Builder content(String content) {
			this.content = MessageContent.of(content);
			return this;
		}

		/** Sets the content ({@code null} unsets it). */
		public Builder content(@Nullable MessageContent content) {
			this.content = content;
			return this;
		}

		/** Sets the refusal ({@code null} unsets it). */
		public Builder refusal(@Nullable String refusal) {
			this.refusal = refusal;
			return this;
		}

		/** Sets the participant name ({@code null} unsets it). */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/** References a previous audio response ({@code null} unsets it). */
		public Builder audio(@Nullable AudioReference audio) {
			this.audio = audio;
			return this;
		}

		/** Sets the tool calls ({@code null} unsets it). */
		public Builder toolCalls(@Nullable List<? extends ToolCall> toolCalls) {
			this.toolCalls = (toolCalls != null) ? List.copyOf(toolCalls) : null;
			return this;
		}

		/** Sets the deprecated function call ({@code null} unsets it). */
		public Builder functionCall(@Nullable FunctionCall functionCall) {
			this.functionCall = functionCall;
			return this;
		}

		/**
		 * Builds the message.
		 * @return the message
		 */
		public AssistantMessage build() {
			return new AssistantMessage(this.content, this.refusal, this.name, this.audio, this.toolCalls,
					this.functionCall);
		}

	}

}
