package dev.integrations.openai.videos;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A video generation job and, once {@code completed}, the video it made (download it with
 * {@link VideoService#downloadContent(String, VideoContentVariant, java.nio.file.Path)}). Timestamps are Unix
 * seconds on the wire; each has an {@code ...Instant()} accessor.
 *
 * @param id the video ID, such as {@code video_123}
 * @param object always {@code video}
 * @param model the model that made the video, such as {@code sora-2}
 * @param status the job's status
 * @param progress how far the generation is, in percent
 * @param createdAt when the job was created
 * @param completedAt when the job completed, if it has
 * @param expiresAt when the downloadable assets expire, if set
 * @param prompt the prompt the video was made from
 * @param size the resolution
 * @param seconds the duration in seconds, such as {@code 8}; for an extension, the stitched total
 * @param remixedFromVideoId the ID of the source video, if this is a remix
 * @param error why the generation failed, if it did
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Video(String id, String object, String model, VideoStatus status, int progress, long createdAt,
		@Nullable Long completedAt, @Nullable Long expiresAt, @Nullable String prompt, @Nullable VideoSize size,
		@Nullable String seconds, @Nullable String remixedFromVideoId, @Nullable VideoError error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Reads a missing status as {@link VideoStatus#UNKNOWN}.
	 */
	public Video {
		extra = Extras.copy(extra);
		status = (status != null) ? status : VideoStatus.UNKNOWN;
	}

	/** @return whether the job will not change any more (see {@link VideoStatus#isTerminal()}) */
	public boolean isTerminal() {
		return this.status.isTerminal();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@link #completedAt()} as an instant, or {@code null} */
	public @Nullable Instant completedAtInstant() {
		return (this.completedAt != null) ? Instant.ofEpochSecond(this.completedAt) : null;
	}

	/** @return {@link #expiresAt()} as an instant, or {@code null} */
	public @Nullable Instant expiresAtInstant() {
		return (this.expiresAt != null) ? Instant.ofEpochSecond(this.expiresAt) : null;
	}

}
