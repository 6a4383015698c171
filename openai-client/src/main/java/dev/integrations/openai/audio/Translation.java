package dev.integrations.openai.audio;

import java.util.List;

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
 */
public record Translation(String text, @Nullable String language, @Nullable Double duration,
		List<TranscriptionSegment> segments) {

	/**
	 * Normalizes missing segments to an empty list.
	 */
	public Translation {
		segments = WireLists.copyOf(segments);
	}

}
