package dev.integrations.openai.audio;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.common.FileContent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;

/**
 * The multipart form of the audio uploads: text fields (numbers in plain notation, never {@code 1.0E-4}), arrays as
 * repeated {@code name[]} fields, objects as {@code name[key]} fields, and the streamed file part.
 */
final class AudioForm {

	private final MultipartBodyBuilder builder = new MultipartBodyBuilder();

	AudioForm file(FileContent file) {
		file.addTo(this.builder, "file");
		return this;
	}

	AudioForm field(String name, @Nullable Object value) {
		if (value instanceof Double number) {
			this.builder.part(name, BigDecimal.valueOf(number).stripTrailingZeros().toPlainString());
		}
		else if (value != null) {
			this.builder.part(name, value.toString());
		}
		return this;
	}

	<T> AudioForm list(String name, @Nullable List<T> values, Function<T, String> wireValue) {
		if (values != null) {
			for (T value : values) {
				this.builder.part(name + "[]", wireValue.apply(value));
			}
		}
		return this;
	}

	AudioForm chunkingStrategy(@Nullable ChunkingStrategy strategy) {
		if (strategy instanceof ChunkingStrategy.ServerVad vad) {
			field("chunking_strategy[type]", "server_vad");
			field("chunking_strategy[prefix_padding_ms]", vad.prefixPaddingMs());
			field("chunking_strategy[silence_duration_ms]", vad.silenceDurationMs());
			field("chunking_strategy[threshold]", vad.threshold());
		}
		else if (strategy != null) {
			field("chunking_strategy", "auto");
		}
		return this;
	}

	MultiValueMap<String, HttpEntity<?>> build() {
		return this.builder.build();
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
