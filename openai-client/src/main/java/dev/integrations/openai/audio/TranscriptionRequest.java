package dev.integrations.openai.audio;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The form of {@code POST /audio/transcriptions}, sent as multipart. Build it with {@link #builder(FileContent,
 * String)}. {@code stream} is set by {@link TranscriptionService} from the method called.
 *
 * @param file the audio (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm), with an extension-bearing filename
 * @param model the model, see {@link TranscriptionModels}
 * @param language the ISO-639-1 language of the audio, such as {@code en}
 * @param languages possible languages of the audio ({@code gpt-transcribe})
 * @param keywords words or phrases that guide the transcription ({@code gpt-transcribe})
 * @param prompt text to guide the style or continue a previous segment, in the audio's language
 * @param responseFormat the output format (the API's default is {@code json})
 * @param temperature the sampling temperature, 0 to 1
 * @param include additional information, such as {@code logprobs}
 * @param timestampGranularities word and/or segment timestamps; needs {@code verbose_json}
 * @param chunkingStrategy how the audio is cut into chunks
 * @param knownSpeakerNames up to 4 speaker names matching {@code knownSpeakerReferences}
 * @param knownSpeakerReferences up to 4 audio samples of those speakers, as data URLs
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record TranscriptionRequest(FileContent file, String model, @Nullable String language,
		@Nullable List<String> languages, @Nullable List<String> keywords, @Nullable String prompt,
		@Nullable AudioResponseFormat responseFormat, @Nullable Double temperature,
		@Nullable List<TranscriptionInclude> include, @Nullable List<TimestampGranularity> timestampGranularities,
		@Nullable ChunkingStrategy chunkingStrategy, @Nullable List<String> knownSpeakerNames,
		@Nullable List<String> knownSpeakerReferences, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Validates the request and copies its lists.
	 */
	public TranscriptionRequest {
		extra = Extras.copy(extra);
		Validation.required("file", file);
		Validation.notBlank("model", model);
		if (languages != null) {
			languages = List.copyOf(Validation.notEmpty("languages", languages));
		}
		keywords = copy(keywords);
		Validation.range("temperature", temperature, 0, 1);
		include = copy(include);
		timestampGranularities = copy(timestampGranularities);
		if (timestampGranularities != null && !timestampGranularities.isEmpty()
				&& responseFormat != AudioResponseFormat.VERBOSE_JSON) {
			throw new OpenAIValidationException("timestamp_granularities",
					"timestamp_granularities requires response_format verbose_json");
		}
		knownSpeakerNames = copy(knownSpeakerNames);
		knownSpeakerReferences = copy(knownSpeakerReferences);
		Validation.maxSize("known_speaker_names", knownSpeakerNames, 4);
		Validation.maxSize("known_speaker_references", knownSpeakerReferences, 4);
		int names = (knownSpeakerNames != null) ? knownSpeakerNames.size() : 0;
		int references = (knownSpeakerReferences != null) ? knownSpeakerReferences.size() : 0;
		if (names != references) {
			throw new OpenAIValidationException("known_speaker_references", "known_speaker_references must have one "
					+ "entry per known_speaker_names entry, had " + references + " for " + names);
		}
	}

	/**
	 * Starts a request; {@link Builder#file} and {@link Builder#model} are required.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	TranscriptionRequest withResponseFormat(AudioResponseFormat format) {
		return new TranscriptionRequest(this.file, this.model, this.language, this.languages, this.keywords,
				this.prompt, format, this.temperature, this.include, this.timestampGranularities,
				this.chunkingStrategy, this.knownSpeakerNames, this.knownSpeakerReferences, this.extra);
	}

	private static <T> @Nullable List<T> copy(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : null;
	}

	/**
	 * Builds a {@link TranscriptionRequest}.
	 */
	public static final class Builder extends RecordBuilder<TranscriptionRequest, Builder> {

		private Builder(@Nullable TranscriptionRequest from) {
			super(TranscriptionRequest.class, from);
		}

		/** Sets the audio (required). */
		public Builder file(FileContent file) {
			return set("file", file);
		}

		/**
		 * Sets the audio to a file on disk (required).
		 * @param file the audio file
		 * @return this builder
		 * @throws OpenAIValidationException if the path is not a readable file
		 */
		public Builder file(Path file) {
			return file(FileContent.of(file));
		}

		/** Sets the model (required): the model, see {@link TranscriptionModels}. */
		public Builder model(String model) {
			return set("model", model);
		}

		/** Sets the language of the audio: an ISO-639-1 code, such as {@code en}. */
		public Builder language(@Nullable String language) {
			return set("language", language);
		}

		/** Sets the possible languages of the audio ({@code gpt-transcribe}): ISO-639-1 codes, at least one. */
		public Builder languages(@Nullable List<String> languages) {
			return set("languages", languages);
		}

		/** Sets words or phrases that guide the transcription ({@code gpt-transcribe}). */
		public Builder keywords(@Nullable List<String> keywords) {
			return set("keywords", keywords);
		}

		/** Sets a prompt: text in the audio's language. */
		public Builder prompt(@Nullable String prompt) {
			return set("prompt", prompt);
		}

		/** Sets the output format; {@link TranscriptionService} checks it against the method called. */
		public Builder responseFormat(@Nullable AudioResponseFormat responseFormat) {
			return set("responseFormat", responseFormat);
		}

		/** Sets the sampling temperature: 0 to 1. */
		public Builder temperature(@Nullable Double temperature) {
			return set("temperature", temperature);
		}

		/** Sets additional information to include: such as {@link TranscriptionInclude#LOGPROBS}. */
		public Builder include(TranscriptionInclude... include) {
			return set("include", List.of(include));
		}

		/** Sets the timestamp granularities; needs {@link AudioResponseFormat#VERBOSE_JSON}: word and/or segment. */
		public Builder timestampGranularities(TimestampGranularity... granularities) {
			return set("timestampGranularities", List.of(granularities));
		}

		/** Sets the chunking strategy: {@link ChunkingStrategy#auto()} or a server VAD configuration. */
		public Builder chunkingStrategy(@Nullable ChunkingStrategy chunkingStrategy) {
			return set("chunkingStrategy", chunkingStrategy);
		}

		/**
		 * Adds a known speaker for diarization ({@code gpt-4o-transcribe-diarize}); up to 4.
		 * @param name the speaker's name, such as {@code agent}
		 * @param reference a 2 to 10 second sample of the speaker as a data URL
		 * @return this builder
		 */
		public Builder knownSpeaker(String name, String reference) {
			add("knownSpeakerNames", Validation.notBlank("known_speaker_names", name));
			return add("knownSpeakerReferences", Validation.notBlank("known_speaker_references", reference));
		}

	}

}
