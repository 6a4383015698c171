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
 * A transcription in {@code diarized_json} format: the text and segments annotated with speakers.
 *
 * @param task always {@code transcribe}
 * @param duration the duration of the audio in seconds
 * @param text the whole transcript
 * @param segments the segments, each with its speaker
 * @param usage tokens or seconds billed
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record DiarizedTranscription(String task, double duration, String text, List<DiarizedSegment> segments,
		@Nullable TranscriptionUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements ModelResponse {

	/**
	 * Normalizes missing segments to an empty list.
	 */
	public DiarizedTranscription {
		extra = Extras.copy(extra);
		segments = WireLists.copyOf(segments);
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
