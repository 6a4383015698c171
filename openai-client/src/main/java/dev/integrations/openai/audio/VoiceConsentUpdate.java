package dev.integrations.openai.audio;

import dev.integrations.openai.internal.Validation;

/**
 * The body of {@code POST /audio/voice_consents/{consent_id}} ({@code UpdateVoiceConsentRequest}), built by
 * {@link VoiceConsentService#update(String, String)} from its argument.
 *
 * @param name the new label
 */
record VoiceConsentUpdate(String name) {

	VoiceConsentUpdate {
		Validation.notBlank("name", name);
	}

}
