package dev.integrations.openai.audio;

import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * Custom voices ({@code /audio/voices}) for audio output, such as text to speech and the Realtime API; each needs an
 * uploaded {@link VoiceConsentService consent recording}. Custom voices are limited to eligible customers.
 * Thread-safe; get it from {@link AudioService#voices()}.
 */
public interface VoiceService extends OpenAIService<VoiceService> {

	/**
	 * Creates a custom voice ({@code POST /audio/voices}, multipart {@code name}, {@code audio_sample} and
	 * {@code consent}); the sample is streamed from its source.
	 * @param request the name, sample and consent ID
	 * @return the voice; speak with it through {@link CustomVoice#voice()}
	 */
	CustomVoice create(VoiceRequest request);

	/** {@link #create(VoiceRequest)} as a lazy {@link Mono}. */
	Mono<CustomVoice> createAsync(VoiceRequest request);

}
