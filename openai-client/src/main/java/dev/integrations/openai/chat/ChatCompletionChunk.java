package dev.integrations.openai.chat;

import java.time.Instant;
import java.util.List;

import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * One event of a streamed completion ({@code object: chat.completion.chunk}). Every chunk of a stream has the same
 * ID and creation time. With {@code stream_options.include_usage}, a last chunk with no choices carries the usage.
 *
 * @param id the completion ID
 * @param object always {@code chat.completion.chunk}
 * @param created when the completion was created, in Unix seconds (see {@link #createdAt()})
 * @param model the model that answers
 * @param choices the choices this chunk adds to; empty on the usage chunk
 * @param usage the usage of the whole request, on the last chunk only
 * @param serviceTier the tier that serves the request
 * @param systemFingerprint the backend configuration (deprecated by the API)
 * @param obfuscation padding that normalizes chunk sizes
 * @param moderation moderation results, on the moderation chunk
 */
public record ChatCompletionChunk(String id, String object, long created, @Nullable String model,
		List<ChunkChoice> choices, @Nullable CompletionUsage usage, @Nullable ServiceTier serviceTier,
		@Nullable String systemFingerprint, @Nullable String obfuscation, @Nullable ChatModeration moderation)
		implements ModelResponse {

	/**
	 * Normalizes a missing {@code choices} array to an empty list.
	 */
	public ChatCompletionChunk {
		choices = WireLists.copyOf(choices);
	}

	/** @return {@link #created()} as an instant */
	public Instant createdAt() {
		return Instant.ofEpochSecond(this.created);
	}

	@Override
	public @Nullable TokenUsage tokenUsage() {
		return (this.usage != null) ? this.usage.toTokenUsage() : null;
	}

}
