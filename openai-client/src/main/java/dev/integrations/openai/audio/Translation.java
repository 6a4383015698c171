package dev.integrations.openai.audio;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * A translation into English in {@code json} or {@code verbose_json} format; the verbose fields are {@code null}
 * or empty for {@code json}.
 *
 * @param text the translated text
 * @param language the language of the output, always {@code english} ({@code verbose_json})
 * @param duration the duration of the audio in seconds ({@code verbose_json})
 * @param segments the segments with timestamps ({@code verbose_json})
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Translation(String text, @Nullable String language, @Nullable Double duration,
		List<TranscriptionSegment> segments, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Normalizes missing segments to an empty list.
	 */
	public Translation {
		extra = Extras.copy(extra);
		segments = WireLists.copyOf(segments);
	}

}
