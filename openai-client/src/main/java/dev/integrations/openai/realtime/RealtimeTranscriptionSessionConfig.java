package dev.integrations.openai.realtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a transcription session ({@code RealtimeTranscriptionSessionCreateRequestGA}, type
 * {@code transcription}): input audio only, transcribed as it arrives. Read from server events with the
 * session's {@code id}, {@code object} and {@code expires_at} ({@code ...ResponseGA}).
 *
 * @param audio the input audio settings ({@code audio.input}; output settings do not apply)
 * @param include extra data in server events, such as {@code item.input_audio_transcription.logprobs}
 * @param id the session id (read only)
 * @param object the object type (read only)
 * @param expiresAt when the session expires, in Unix seconds (read only)
 * @param extra fields this client does not know, kept as read
 */
@JsonTypeName("transcription")
@JsonIgnoreProperties("type")
public record RealtimeTranscriptionSessionConfig(@Nullable RealtimeAudioConfig audio, @Nullable List<String> include,
		@Nullable String id, @Nullable String object, @Nullable Long expiresAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeSessionSettings {

	/** Copies the list and normalizes the extra fields. */
	public RealtimeTranscriptionSessionConfig {
		include = (include != null) ? List.copyOf(include) : null;
		extra = Extras.copy(extra);
	}

	/**
	 * A transcription session with these input settings.
	 * @param input the input audio settings, such as its transcription model and turn detection
	 * @return the configuration
	 */
	public static RealtimeTranscriptionSessionConfig of(RealtimeAudioConfig.Input input) {
		return new RealtimeTranscriptionSessionConfig(RealtimeAudioConfig.of(input), null, null, null, null, null);
	}

	/** @return {@link #expiresAt()} as an instant, {@code null} when not set */
	public @Nullable Instant expiresAtInstant() {
		return (this.expiresAt != null) ? Instant.ofEpochSecond(this.expiresAt) : null;
	}

}
