package dev.integrations.openai.audio;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.PageParams;
import reactor.core.publisher.Mono;

/**
 * Voice consent recordings ({@code /audio/voice_consents}): the recorded consent a custom voice is created with,
 * see {@link VoiceService}. Custom voices are limited to eligible customers. Blocking methods run on the caller's
 * thread; {@code Async} methods call on subscription. Thread-safe; get it from {@link AudioService#voiceConsents()}.
 */
public interface VoiceConsentService extends OpenAIService<VoiceConsentService> {

	/**
	 * Uploads a consent recording ({@code POST /audio/voice_consents}, multipart {@code name}, {@code recording}
	 * and {@code language}); the recording is streamed from its source.
	 * @param request the label, language and recording
	 * @return the consent, whose ID creates voices
	 */
	VoiceConsent create(VoiceConsentRequest request);

	/** {@link #create(VoiceConsentRequest)} as a lazy {@link Mono}. */
	Mono<VoiceConsent> createAsync(VoiceConsentRequest request);

	/**
	 * Lists one page of the organization's consent recordings ({@code GET /audio/voice_consents}).
	 * @param params the page size (1 to 100, 20 when not set) and the ID of the consent to start after
	 * @return the page
	 */
	ListResponse<VoiceConsent> list(PageParams params);

	/** {@link #list(PageParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<VoiceConsent>> listAsync(PageParams params);

	/**
	 * Walks every consent recording, fetching pages as they are consumed ({@code GET /audio/voice_consents}).
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<VoiceConsent> listAutoPaging(PageParams params);

	/**
	 * Walks every consent recording with the API's default page size, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<VoiceConsent> listAutoPaging() {
		return listAutoPaging(PageParams.DEFAULTS);
	}

	/**
	 * Retrieves a consent recording's metadata ({@code GET /audio/voice_consents/{consent_id}}).
	 * @param consentId the consent ID
	 * @return the consent
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such consent
	 */
	VoiceConsent retrieve(String consentId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<VoiceConsent> retrieveAsync(String consentId);

	/**
	 * Renames a consent recording ({@code POST /audio/voice_consents/{consent_id}}); the audio stays as it is.
	 * @param consentId the consent ID
	 * @param name the new label
	 * @return the updated consent
	 */
	VoiceConsent update(String consentId, String name);

	/** {@link #update(String, String)} as a lazy {@link Mono}. */
	Mono<VoiceConsent> updateAsync(String consentId, String name);

	/**
	 * Deletes a consent recording ({@code DELETE /audio/voice_consents/{consent_id}}).
	 * @param consentId the consent ID
	 * @return the deletion status
	 */
	DeletionStatus delete(String consentId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String consentId);

}
