package dev.integrations.openai.videos;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A character made from an uploaded video, to appear in later generations.
 *
 * @param id the character ID, such as {@code char_123}
 * @param name the display name
 * @param createdAt when the character was created, Unix seconds
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record VideoCharacter(@Nullable String id, @Nullable String name, long createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public VideoCharacter {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
