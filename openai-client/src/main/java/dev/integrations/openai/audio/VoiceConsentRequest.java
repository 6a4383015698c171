package dev.integrations.openai.audio;

import java.nio.file.Path;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.internal.Validation;

/**
 * The form of {@code POST /audio/voice_consents} ({@code CreateVoiceConsentRequest}), sent as multipart.
 *
 * @param name the label of the consent recording
 * @param recording the consent recording, at most 10 MiB ({@code audio/mpeg}, {@code audio/wav}, {@code audio/ogg},
 * {@code audio/aac}, {@code audio/flac}, {@code audio/webm} or {@code audio/mp4})
 * @param language the BCP 47 language tag of the consent phrase, such as {@code en-US}
 */
public record VoiceConsentRequest(String name, FileContent recording, String language) {

	/**
	 * Checks that every field is set and the recording is at most 10 MiB when its length is known.
	 */
	public VoiceConsentRequest {
		Validation.notBlank("name", name);
		VoiceRequest.atMost10MiB("recording", recording);
		Validation.notBlank("language", language);
	}

	/**
	 * A consent recording from any source.
	 * @param name the label
	 * @param language the BCP 47 language tag, such as {@code en-US}
	 * @param recording the recording, with an extension-bearing filename
	 * @return the request
	 */
	public static VoiceConsentRequest of(String name, String language, FileContent recording) {
		return new VoiceConsentRequest(name, recording, language);
	}

	/**
	 * A consent recording from a file on disk.
	 * @param name the label
	 * @param language the BCP 47 language tag, such as {@code en-US}
	 * @param recording the recording's file
	 * @return the request
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	public static VoiceConsentRequest of(String name, String language, Path recording) {
		return of(name, language, FileContent.of(recording));
	}

}
