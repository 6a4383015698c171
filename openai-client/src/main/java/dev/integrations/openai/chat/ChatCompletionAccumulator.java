package dev.integrations.openai.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Merges the chunks of a stream into the {@link ChatCompletion} a non-streamed call would have returned: per
 * choice index it concatenates content and refusal pieces, merges tool call fragments by their index (ID, name,
 * argument pieces), keeps the finish reason and the log probabilities, and takes the usage from the last chunk.
 * Fields of a delta the client has no component for (its {@code extra()}, such as the {@code reasoning_content} of
 * vLLM or DeepSeek) reach the message's {@code extra()}: text pieces concatenated, other values the last one.
 * <p>
 * Feed it chunk by chunk with {@link #accept} (for instance while printing them), or use
 * {@link #accumulate(Flux)} and {@link #accumulate(Iterable)}. An instance is not thread-safe; use one per stream.
 */
public final class ChatCompletionAccumulator {

	private final Map<Integer, ChoiceState> choices = new TreeMap<>();

	private @Nullable String id;

	private long created;

	private @Nullable String model;

	private @Nullable CompletionUsage usage;

	private @Nullable ServiceTier serviceTier;

	private @Nullable String systemFingerprint;

	private @Nullable ChatModeration moderation;

	/**
	 * Merges a whole reactive stream.
	 * @param chunks the chunks
	 * @return the completion, emitted when the stream completes; an error if the stream was empty
	 */
	public static Mono<ChatCompletion> accumulate(Flux<ChatCompletionChunk> chunks) {
		return Mono.defer(() -> chunks.reduce(new ChatCompletionAccumulator(), ChatCompletionAccumulator::accept)
			.map(ChatCompletionAccumulator::toCompletion));
	}

	/**
	 * Merges chunks read on the caller's thread, such as a {@link dev.integrations.openai.common.BlockingStream}.
	 * @param chunks the chunks
	 * @return the completion
	 * @throws IllegalStateException if there was no chunk
	 */
	public static ChatCompletion accumulate(Iterable<ChatCompletionChunk> chunks) {
		ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
		chunks.forEach(accumulator::accept);
		return accumulator.toCompletion();
	}

	/**
	 * Merges one chunk.
	 * @param chunk the next chunk of the stream
	 * @return this accumulator
	 */
	public ChatCompletionAccumulator accept(ChatCompletionChunk chunk) {
		if (this.id == null) {
			this.id = chunk.id();
			this.created = chunk.created();
		}
		this.model = (chunk.model() != null) ? chunk.model() : this.model;
		this.serviceTier = (chunk.serviceTier() != null) ? chunk.serviceTier() : this.serviceTier;
		this.systemFingerprint = (chunk.systemFingerprint() != null) ? chunk.systemFingerprint()
				: this.systemFingerprint;
		this.usage = (chunk.usage() != null) ? chunk.usage() : this.usage;
		this.moderation = (chunk.moderation() != null) ? chunk.moderation() : this.moderation;
		for (ChunkChoice choice : chunk.choices()) {
			this.choices.computeIfAbsent(choice.index(), (index) -> new ChoiceState()).accept(choice);
		}
		return this;
	}

	/**
	 * The completion merged so far.
	 * @return the completion
	 * @throws IllegalStateException if no chunk was accepted
	 */
	public ChatCompletion toCompletion() {
		if (this.id == null) {
			throw new IllegalStateException("No chunk was received, so there is no completion");
		}
		List<ChatChoice> merged = new ArrayList<>(this.choices.size());
		this.choices.forEach((index, state) -> merged.add(state.toChoice(index)));
		return new ChatCompletion(this.id, "chat.completion", this.created, (this.model != null) ? this.model : "",
				merged, this.usage, this.serviceTier, this.systemFingerprint, null, this.moderation, Map.of());
	}

	private static final class ChoiceState {

		private @Nullable ChatRole role;

		private @Nullable StringBuilder content;

		private @Nullable StringBuilder refusal;

		private @Nullable FinishReason finishReason;

		private @Nullable List<TokenLogprob> contentLogprobs;

		private @Nullable List<TokenLogprob> refusalLogprobs;

		private final Map<Integer, ToolCallState> toolCalls = new TreeMap<>();

		private @Nullable ToolCallState functionCall;

		/** The deltas' extras: text pieces joined in order (as {@code reasoning_content}), other values the last. */
		private final Map<String, Object> extra = new LinkedHashMap<>();

		void accept(ChunkChoice choice) {
			ChatDelta delta = choice.delta();
			if (delta != null) {
				this.role = (delta.role() != null) ? delta.role() : this.role;
				this.content = append(this.content, delta.content());
				this.refusal = append(this.refusal, delta.refusal());
				if (delta.toolCalls() != null) {
					for (ChatDelta.ToolCallDelta fragment : delta.toolCalls()) {
						this.toolCalls.computeIfAbsent(fragment.index(), (index) -> new ToolCallState())
							.accept(fragment.id(), fragment.function());
					}
				}
				if (delta.functionCall() != null) {
					this.functionCall = (this.functionCall != null) ? this.functionCall : new ToolCallState();
					this.functionCall.accept(null, delta.functionCall());
				}
				delta.extra().forEach(this::acceptExtra);
			}
			if (choice.finishReason() != null) {
				this.finishReason = choice.finishReason();
			}
			if (choice.logprobs() != null) {
				this.contentLogprobs = appendAll(this.contentLogprobs, choice.logprobs().content());
				this.refusalLogprobs = appendAll(this.refusalLogprobs, choice.logprobs().refusal());
			}
		}

		ChatChoice toChoice(int index) {
			List<ToolCall> calls = new ArrayList<>(this.toolCalls.size());
			for (ToolCallState state : this.toolCalls.values()) {
				calls.add(new ToolCall.Function((state.id != null) ? state.id : "", state.toFunctionCall()));
			}
			ChatCompletionMessage message = new ChatCompletionMessage((this.role != null) ? this.role : ChatRole.ASSISTANT,
					text(this.content), text(this.refusal), calls, null, null,
					(this.functionCall != null) ? this.functionCall.toFunctionCall() : null, extra());
			ChoiceLogprobs logprobs = (this.contentLogprobs != null || this.refusalLogprobs != null)
					? new ChoiceLogprobs(this.contentLogprobs, this.refusalLogprobs) : null;
			return new ChatChoice(index, message, this.finishReason, logprobs);
		}

		private void acceptExtra(String name, Object value) {
			if (value instanceof String piece) {
				Object previous = this.extra.get(name);
				this.extra.put(name,
						((previous instanceof StringBuilder text) ? text : new StringBuilder()).append(piece));
			}
			else {
				this.extra.put(name, value);
			}
		}

		private Map<String, Object> extra() {
			Map<String, Object> extra = new LinkedHashMap<>();
			this.extra.forEach((name, value) -> extra.put(name, (value instanceof StringBuilder text) ? text.toString()
					: value));
			return extra;
		}

		private static @Nullable StringBuilder append(@Nullable StringBuilder text, @Nullable String piece) {
			if (piece == null) {
				return text;
			}
			return ((text != null) ? text : new StringBuilder()).append(piece);
		}

		private static @Nullable List<TokenLogprob> appendAll(@Nullable List<TokenLogprob> list,
				@Nullable List<TokenLogprob> more) {
			if (more == null) {
				return list;
			}
			List<TokenLogprob> result = (list != null) ? list : new ArrayList<>();
			result.addAll(more);
			return result;
		}

		private static @Nullable String text(@Nullable StringBuilder text) {
			return (text != null) ? text.toString() : null;
		}

	}

	private static final class ToolCallState {

		private @Nullable String id;

		private final StringBuilder name = new StringBuilder();

		private final StringBuilder arguments = new StringBuilder();

		void accept(@Nullable String id, ChatDelta.@Nullable FunctionCallDelta function) {
			if (id != null) {
				this.id = id;
			}
			if (function != null) {
				if (function.name() != null) {
					this.name.append(function.name());
				}
				if (function.arguments() != null) {
					this.arguments.append(function.arguments());
				}
			}
		}

		FunctionCall toFunctionCall() {
			return new FunctionCall(this.name.toString(), this.arguments.toString());
		}

	}

}
