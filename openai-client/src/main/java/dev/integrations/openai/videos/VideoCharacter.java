package dev.integrations.openai.videos;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A character made from an uploaded video, to appear in later generations.
 *
 * @param id the character ID, such as {@code char_123}
 * @param name the display name
 * @param createdAt when the character was created, Unix seconds
 */
public record VideoCharacter(@Nullable String id, @Nullable String name, long createdAt) {

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
