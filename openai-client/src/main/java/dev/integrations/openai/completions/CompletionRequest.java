package dev.integrations.openai.completions;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.chat.StopSequences;
import dev.integrations.openai.chat.StreamOptions;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /completions} ({@code CreateCompletionRequest}). Build it with {@link #builder()}; it is
 * checked against the API's constraints when built. {@code stream} is set by the service method ({@code create} or
 * {@code stream}), not by the caller.
 *
 * @param model the model ID, such as {@code gpt-3.5-turbo-instruct}
 * @param prompt the prompt(s): a text, texts, a token array or token arrays
 * @param bestOf 0 to 20 completions generated server-side, of which the {@code n} best are returned; not streamed
 * @param echo whether to echo the prompt before the completion
 * @param frequencyPenalty -2 to 2; positive values penalize tokens by their frequency so far
 * @param logitBias token ID (as a string) to bias, -100 to 100
 * @param logprobs 0 to 5: the log probabilities of that many most likely tokens per position
 * @param maxTokens the most tokens to generate (the API's default is 16)
 * @param n 1 to 128 completions per prompt
 * @param presencePenalty -2 to 2; positive values penalize tokens that already appeared
 * @param seed best-effort deterministic sampling
 * @param stop up to 4 stop sequences
 * @param stream whether to stream; set by the service method
 * @param streamOptions streaming options; only for {@link CompletionService#stream}
 * @param suffix the text after the inserted completion ({@code gpt-3.5-turbo-instruct} only)
 * @param temperature 0 to 2; higher is more random
 * @param topP 0 to 1; nucleus sampling probability mass
 * @param user an end-user ID for abuse monitoring
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record CompletionRequest(String model, CompletionPrompt prompt, @Nullable Integer bestOf,
		@Nullable Boolean echo, @Nullable Double frequencyPenalty, @Nullable Map<String, Integer> logitBias,
		@Nullable Integer logprobs, @Nullable Integer maxTokens, @Nullable Integer n, @Nullable Double presencePenalty,
		@Nullable Long seed, @Nullable StopSequences stop, @Nullable Boolean stream,
		@Nullable StreamOptions streamOptions, @Nullable String suffix, @Nullable Double temperature,
		@Nullable Double topP, @Nullable String user, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks every constraint of the API, naming the wire field, and copies the map.
	 */
	public CompletionRequest {
		extra = Extras.copy(extra);
		Validation.notBlank("model", model);
		Validation.required("prompt", prompt);
		Validation.range("best_of", bestOf, 0, 20);
		Validation.range("frequency_penalty", frequencyPenalty, -2, 2);
		Validation.logitBias(logitBias);
		Validation.range("logprobs", logprobs, 0, 5);
		Validation.range("max_tokens", maxTokens, 0, Integer.MAX_VALUE);
		Validation.range("n", n, 1, 128);
		if (bestOf != null && n != null && bestOf < n) {
			throw new OpenAIValidationException("best_of",
					"best_of must be at least n (" + n + ") when both are set, was " + bestOf);
		}
		Validation.range("presence_penalty", presencePenalty, -2, 2);
		Validation.range("temperature", temperature, 0, 2);
		Validation.range("top_p", topP, 0, 1);
		logitBias = (logitBias != null) ? Map.copyOf(logitBias) : null;
	}

	/**
	 * Starts a request; {@code model} and {@code prompt} are required.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * A builder holding this request's values, to derive a changed request.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * This request with {@code stream} set as a service method needs it.
	 * @param streaming {@code true} for a stream; {@code false} sends no {@code stream} field
	 * @return the request to send
	 */
	CompletionRequest forStreaming(boolean streaming) {
		if (!streaming && this.streamOptions != null) {
			throw new OpenAIValidationException("stream_options",
					"stream_options is only allowed when streaming; use CompletionService.stream");
		}
		if (streaming && this.bestOf != null && this.bestOf > 1) {
			throw new OpenAIValidationException("best_of", "best_of results cannot be streamed; use create");
		}
		Boolean stream = streaming ? Boolean.TRUE : null;
		return Objects.equals(stream, this.stream) ? this : toBuilder().stream(stream).build();
	}

	/**
	 * Builds a {@link CompletionRequest}.
	 */
	public static final class Builder extends RecordBuilder<CompletionRequest, Builder> {

		private Builder(@Nullable CompletionRequest from) {
			super(CompletionRequest.class, from);
		}

		/** Sets the model: the model ID, such as {@code gpt-3.5-turbo-instruct}. */
		public Builder model(@Nullable String model) {
			return set("model", model);
		}

		/** Sets the prompt: a text, texts, a token array or token arrays. */
		public Builder prompt(@Nullable CompletionPrompt prompt) {
			return set("prompt", prompt);
		}

		/** Sets the prompt to one text. */
		public Builder prompt(String prompt) {
			return set("prompt", CompletionPrompt.of(prompt));
		}

		/** Sets {@code best_of}: 0 to 20 candidates generated server-side; cannot be streamed. */
		public Builder bestOf(@Nullable Integer bestOf) {
			return set("bestOf", bestOf);
		}

		/** Sets whether the prompt is echoed before the completion. */
		public Builder echo(@Nullable Boolean echo) {
			return set("echo", echo);
		}

		/** Sets the frequency penalty: -2 to 2. */
		public Builder frequencyPenalty(@Nullable Double frequencyPenalty) {
			return set("frequencyPenalty", frequencyPenalty);
		}

		/** Sets every token bias: token ID (as a string) to a bias of -100 to 100. */
		public Builder logitBias(@Nullable Map<String, Integer> logitBias) {
			return set("logitBias", logitBias);
		}

		/** Sets one token's bias: the token ID (as a string) and a bias of -100 to 100. */
		public Builder logitBias(String token, int bias) {
			return put("logitBias", token, bias);
		}

		/** Sets how many most likely tokens' log probabilities to return per position: 0 to 5. */
		public Builder logprobs(@Nullable Integer logprobs) {
			return set("logprobs", logprobs);
		}

		/** Sets the most tokens to generate: at least 0. */
		public Builder maxTokens(@Nullable Integer maxTokens) {
			return set("maxTokens", maxTokens);
		}

		/** Sets how many completions to generate per prompt: 1 to 128. */
		public Builder n(@Nullable Integer n) {
			return set("n", n);
		}

		/** Sets the presence penalty: -2 to 2. */
		public Builder presencePenalty(@Nullable Double presencePenalty) {
			return set("presencePenalty", presencePenalty);
		}

		/** Sets the seed for best-effort deterministic sampling. */
		public Builder seed(@Nullable Long seed) {
			return set("seed", seed);
		}

		/** Sets {@code stop} ({@code null} unsets it). */
		public Builder stop(@Nullable StopSequences stop) {
			return set("stop", stop);
		}

		/** Sets {@code stop} to one or more sequences (one is sent as a string, several as an array): 1 to 4. */
		public Builder stop(String... sequences) {
			return stop((sequences.length == 1) ? StopSequences.of(sequences[0]) : StopSequences.of(sequences));
		}

		/** Sets the streaming options; only for {@link CompletionService#stream}. */
		public Builder streamOptions(@Nullable StreamOptions streamOptions) {
			return set("streamOptions", streamOptions);
		}

		/** Sets the suffix after the inserted completion ({@code gpt-3.5-turbo-instruct} only). */
		public Builder suffix(@Nullable String suffix) {
			return set("suffix", suffix);
		}

		/** Sets the sampling temperature: 0 to 2. */
		public Builder temperature(@Nullable Double temperature) {
			return set("temperature", temperature);
		}

		/** Sets the nucleus sampling probability mass: 0 to 1. */
		public Builder topP(@Nullable Double topP) {
			return set("topP", topP);
		}

		/** Sets the end-user ID. */
		public Builder user(@Nullable String user) {
			return set("user", user);
		}

		private Builder stream(@Nullable Boolean stream) {
			return set("stream", stream);
		}

	}

}
