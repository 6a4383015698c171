package dev.integrations.openai.audio;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;

/**
 * {@link AudioService} holding one service per route.
 */
final class DefaultAudioService implements AudioService {

	private final ApiExecutor executor;

	private final SpeechService speech;

	private final TranscriptionService transcriptions;

	private final TranslationService translations;

	private final VoiceConsentService voiceConsents;

	private final VoiceService voices;

	DefaultAudioService(ApiExecutor executor) {
		this.executor = executor;
		this.speech = new DefaultSpeechService(executor);
		this.transcriptions = new DefaultTranscriptionService(executor);
		this.translations = new DefaultTranslationService(executor);
		this.voiceConsents = new DefaultVoiceConsentService(executor);
		this.voices = new DefaultVoiceService(executor);
	}

	@Override
	public AudioService withOptions(RequestOptions options) {
		return new DefaultAudioService(this.executor.withOptions(options));
	}

	@Override
	public SpeechService speech() {
		return this.speech;
	}

	@Override
	public TranscriptionService transcriptions() {
		return this.transcriptions;
	}

	@Override
	public TranslationService translations() {
		return this.translations;
	}

	@Override
	public VoiceConsentService voiceConsents() {
		return this.voiceConsents;
	}

	@Override
	public VoiceService voices() {
		return this.voices;
	}

}
