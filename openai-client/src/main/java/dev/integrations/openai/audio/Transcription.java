package dev.integrations.openai.audio;

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
 * A transcription in {@code json} or {@code verbose_json} format; the verbose fields are {@code null} or empty for
 * {@code json}.
 *
 * @param text the transcribed text
 * @param language the language of the audio ({@code verbose_json}), such as {@code english}
 * @param duration the duration of the audio in seconds ({@code verbose_json})
 * @param words the words with timestamps ({@code verbose_json} with {@code word} granularity)
 * @param segments the segments with timestamps ({@code verbose_json})
 * @param usage tokens or seconds billed
 * @param logprobs token log probabilities ({@code include[]=logprobs})
 * @param languages languages detected ({@code gpt-transcribe})
 * @param task the task performed, {@code transcribe} ({@code verbose_json})
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Transcription(String text, @Nullable String language, @Nullable Double duration,
		List<TranscriptionWord> words, List<TranscriptionSegment> segments, @Nullable TranscriptionUsage usage,
		List<TokenLogprob> logprobs, List<TranscriptionLanguage> languages, @Nullable String task,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements ModelResponse {

	/**
	 * Normalizes missing arrays to empty lists.
	 */
	public Transcription {
		extra = Extras.copy(extra);
		words = WireLists.copyOf(words);
		segments = WireLists.copyOf(segments);
		logprobs = WireLists.copyOf(logprobs);
		languages = WireLists.copyOf(languages);
	}

	/** @return {@code null}: a transcription does not name the model */
	@Override
	public @Nullable String model() {
		return null;
	}

	@Override
	public @Nullable TokenUsage tokenUsage() {
		return (this.usage != null) ? this.usage.toTokenUsage() : null;
	}

}
