package dev.integrations.openai.audio;

import java.nio.file.Path;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.internal.Validation;

/**
 * The form of {@code POST /audio/voices} ({@code CreateVoiceRequest}), sent as multipart.
 *
 * @param name the name of the new voice
 * @param audioSample the sample recording, at most 10 MiB ({@code audio/mpeg}, {@code audio/wav},
 * {@code audio/ogg}, {@code audio/aac}, {@code audio/flac}, {@code audio/webm} or {@code audio/mp4})
 * @param consent the ID of an uploaded consent recording, such as {@code cons_1234}
 */
public record VoiceRequest(String name, FileContent audioSample, String consent) {

	/**
	 * Checks that every field is set.
	 */
	public VoiceRequest {
		Validation.notBlank("name", name);
		Validation.required("audio_sample", audioSample);
		Validation.notBlank("consent", consent);
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
