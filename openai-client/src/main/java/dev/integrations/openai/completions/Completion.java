package dev.integrations.openai.completions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.chat.CompletionUsage;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * A text completion ({@code object: text_completion}). A streamed completion arrives as a sequence of these, each
 * with the next piece of text in its choices.
 *
 * @param id the completion ID
 * @param object always {@code text_completion}
 * @param created when it was created, in Unix seconds (see {@link #createdInstant()})
 * @param model the model that answered
 * @param choices the choices ({@code n} per prompt); empty in a stream's last usage-only chunk
 * @param systemFingerprint the backend configuration, to compare with the {@code seed} request parameter
 * @param usage the token usage; in a stream only on the last chunk, when asked for with {@code stream_options}
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Completion(String id, String object, long created, String model, List<CompletionChoice> choices,
		@Nullable String systemFingerprint, @Nullable CompletionUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements ModelResponse {

	/**
	 * Normalizes a missing {@code choices} array to an empty list.
	 */
	public Completion {
		extra = Extras.copy(extra);
		choices = WireLists.copyOf(choices);
	}

	/**
	 * The text of the first choice, the one with {@code index} 0 (in a stream, the piece this chunk adds to it; with
	 * {@code n} above 1 or several prompts the chunks of the other choices interleave and give {@code ""}).
	 * @return the text, {@code ""} when this completion holds no choice 0
	 */
	public String text() {
		for (CompletionChoice choice : this.choices) {
			if (choice.index() == 0) {
				return choice.text();
			}
		}
		return "";
	}

	/** @return {@link #created()} as an instant */
	public Instant createdInstant() {
		return Instant.ofEpochSecond(this.created);
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
		return this.choices.stream()
			.filter((choice) -> choice.finishReason() != null)
			.map((choice) -> choice.finishReason().wireValue())
			.toList();
	}

}
