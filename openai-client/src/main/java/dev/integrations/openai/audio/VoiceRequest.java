package dev.integrations.openai.audio;

import java.nio.file.Path;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The form of {@code POST /audio/voices} ({@code CreateVoiceRequest}), sent as multipart.
 *
 * @param name the name of the new voice
 * @param audioSample the sample recording, at most 10 MiB ({@code audio/mpeg}, {@code audio/wav},
 * {@code audio/ogg}, {@code audio/aac}, {@code audio/flac}, {@code audio/webm} or {@code audio/mp4})
 * @param consent the ID of an uploaded consent recording, such as {@code cons_1234}
 */
public record VoiceRequest(String name, FileContent audioSample, String consent) {

	/** The largest sample or consent recording the API accepts: 10 MiB. */
	public static final long MAX_RECORDING_BYTES = 10L * 1024 * 1024;

	/**
	 * Checks that every field is set and the sample is at most 10 MiB when its length is known.
	 */
	public VoiceRequest {
		Validation.notBlank("name", name);
		atMost10MiB("audio_sample", audioSample);
		Validation.notBlank("consent", consent);
	}

	/**
	 * Requires a recording and, when its length is known, at most the 10 MiB the API takes, so that a larger file
	 * fails before it is uploaded.
	 * @param field the wire name of the part
	 * @param recording the recording
	 */
	static void atMost10MiB(String field, @Nullable FileContent recording) {
		long length = Validation.required(field, recording).contentLength();
		if (length > MAX_RECORDING_BYTES) {
			throw new OpenAIValidationException(field,
					field + " must be at most 10 MiB (" + MAX_RECORDING_BYTES + " bytes), was " + length + " bytes");
		}
	}

	/**
	 * A voice from a sample of any source.
	 * @param name the name of the voice
	 * @param consent the consent recording's ID, see {@link VoiceConsent#id()}
	 * @param audioSample the sample, with an extension-bearing filename
	 * @return the request
	 */
	public static VoiceRequest of(String name, String consent, FileContent audioSample) {
		return new VoiceRequest(name, audioSample, consent);
	}

	/**
	 * A voice from a sample on disk.
	 * @param name the name of the voice
	 * @param consent the consent recording's ID, see {@link VoiceConsent#id()}
	 * @param audioSample the sample's file
	 * @return the request
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	public static VoiceRequest of(String name, String consent, Path audioSample) {
		return of(name, consent, FileContent.of(audioSample));
	}

}
