package dev.integrations.openai.chat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * One event of a streamed completion ({@code object: chat.completion.chunk}). Every chunk of a stream has the same
 * ID and creation time. With {@code stream_options.include_usage}, a last chunk with no choices carries the usage.
 *
 * @param id the completion ID
 * @param object always {@code chat.completion.chunk}
 * @param created when the completion was created, in Unix seconds (see {@link #createdInstant()})
 * @param model the model that answers
 * @param choices the choices this chunk adds to; empty on the usage chunk
 * @param usage the usage of the whole request, on the last chunk only
 * @param serviceTier the tier that serves the request
 * @param systemFingerprint the backend configuration (deprecated by the API)
 * @param obfuscation padding that normalizes chunk sizes
 * @param moderation moderation results, on the moderation chunk
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record ChatCompletionChunk(String id, String object, long created, @Nullable String model,
		List<ChunkChoice> choices, @Nullable CompletionUsage usage, @Nullable ServiceTier serviceTier,
		@Nullable String systemFingerprint, @Nullable String obfuscation, @Nullable ChatModeration moderation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
		implements ModelResponse {

	/**
	 * Normalizes a missing {@code choices} array to an empty list.
	 */
	public ChatCompletionChunk {
		extra = Extras.copy(extra);
		choices = WireLists.copyOf(choices);
	}

	/** @return {@link #created()} as an instant */
	public Instant createdInstant() {
		return Instant.ofEpochSecond(this.created);
	}

	/**
	 * The text this chunk adds to the first choice's content.
	 * @return the content delta, or {@code ""} when the chunk carries none (a role, tool call or usage chunk)
	 */
	public String text() {
		if (this.choices.isEmpty()) {
			return "";
		}
		ChatDelta delta = this.choices.get(0).delta();
		return (delta != null && delta.content() != null) ? delta.content() : "";
	}

	@Override
	public @Nullable TokenUsage tokenUsage() {
		return (this.usage != null) ? this.usage.toTokenUsage() : null;
	}

	@Override
	public String responseId() {
		return this.id;
	}

	@Override
	public List<String> finishReasons() {
		return FinishReason.wireValues(this.choices, ChunkChoice::finishReason);
	}

}
