package dev.integrations.openai.audio;

import dev.integrations.openai.common.OpenAIService;

/**
 * The Audio API ({@code /audio}), one service per route, as in {@code client.audio().speech().create(...)}.
 * Blocking methods run on the caller's thread; {@code Async} methods call on subscription. Thread-safe; get it
 * from {@link dev.integrations.openai.client.OpenAIClient#audio()}.
 */
public interface AudioService extends OpenAIService<AudioService> {

	/** @return text to speech ({@code /audio/speech}) */
	SpeechService speech();

	/** @return speech to text ({@code /audio/transcriptions}) */
	TranscriptionService transcriptions();

	/** @return speech to English text ({@code /audio/translations}) */
	TranslationService translations();

	/** @return consent recordings for custom voices ({@code /audio/voice_consents}) */
	VoiceConsentService voiceConsents();

	/** @return custom voices ({@code /audio/voices}) */
	VoiceService voices();

}
