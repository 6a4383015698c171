package dev.integrations.openai.audio;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.errors.OpenAIValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What the audio uploads add to the shared {@link dev.integrations.openai.internal.MultipartForm}: the
 * {@code chunking_strategy} fields and the check that a requested {@code response_format} suits the method called.
 */
final class AudioForm {

	/** The plain text formats, read by the {@code createText} methods. */
	static final EnumSet<AudioResponseFormat> TEXT_FORMATS = EnumSet.of(AudioResponseFormat.TEXT,
			AudioResponseFormat.SRT, AudioResponseFormat.VTT);

	private AudioForm() {
	}

	/**
	 * The {@code chunking_strategy} fields of a transcription: {@code auto}, or the {@code server_vad} object as
	 * {@code chunking_strategy[key]} fields.
	 * @param strategy the strategy, or {@code null} for none
	 * @return the fields in order, empty for none
	 */
	static Map<String, @Nullable Object> chunkingStrategy(@Nullable ChunkingStrategy strategy) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		if (strategy instanceof ChunkingStrategy.ServerVad vad) {
			fields.put("chunking_strategy[type]", "server_vad");
			fields.put("chunking_strategy[prefix_padding_ms]", vad.prefixPaddingMs());
			fields.put("chunking_strategy[silence_duration_ms]", vad.silenceDurationMs());
			fields.put("chunking_strategy[threshold]", vad.threshold());
		}
		else if (strategy != null) {
			fields.put("chunking_strategy", "auto");
		}
		return fields;
	}

	/**
	 * Checks that a requested format matches the method called.
	 * @param requested the format of the request, or {@code null}
	 * @param fallback the format sent when none was requested
	 * @param allowed the formats the method can read
	 * @param method the method, for the message
	 * @return the format to send
	 */
	static AudioResponseFormat format(@Nullable AudioResponseFormat requested, AudioResponseFormat fallback,
			EnumSet<AudioResponseFormat> allowed, String method) {
		if (requested == null) {
			return fallback;
		}
		if (!allowed.contains(requested)) {
			throw new OpenAIValidationException("response_format", "response_format " + requested.wireValue()
					+ " cannot be read by " + method + "; " + hint(requested));
		}
		return requested;
	}

	private static String hint(AudioResponseFormat format) {
		if (format.isPlainText()) {
			return "use createText for text, srt and vtt";
		}
		return (format == AudioResponseFormat.DIARIZED_JSON) ? "use createDiarized for diarized_json"
				: "use create for json and verbose_json";
	}

}
