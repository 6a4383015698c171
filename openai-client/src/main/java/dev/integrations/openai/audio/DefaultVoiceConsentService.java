package dev.integrations.openai.audio;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.PageParams;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link VoiceConsentService} over the shared executor.
 */
final class DefaultVoiceConsentService implements VoiceConsentService {

	private static final ParameterizedTypeReference<ListResponse<VoiceConsent>> CONSENT_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String CONSENT = "/audio/voice_consents/{consent_id}";

	private final ApiExecutor executor;

	DefaultVoiceConsentService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public VoiceConsentService withOptions(RequestOptions options) {
		return new DefaultVoiceConsentService(this.executor.withOptions(options));
	}

	@Override
	public VoiceConsent create(VoiceConsentRequest request) {
		return this.executor.blocking(createRequest(request), VoiceConsent.class);
	}

	@Override
	public Mono<VoiceConsent> createAsync(VoiceConsentRequest request) {
		return this.executor.mono(() -> createRequest(request), VoiceConsent.class);
	}

	@Override
	public ListResponse<VoiceConsent> list(PageParams params) {
		return this.executor.blocking(listRequest(params), CONSENT_LIST);
	}

	@Override
	public Mono<ListResponse<VoiceConsent>> listAsync(PageParams params) {
		return this.executor.mono(() -> listRequest(params), CONSENT_LIST);
	}

	@Override
	public CursorPager<VoiceConsent> listAutoPaging(PageParams params) {
		return CursorPager.of(params, this::listAsync, VoiceConsent::id);
	}

	@Override
	public VoiceConsent retrieve(String consentId) {
		return this.executor.blocking(retrieveRequest(consentId), VoiceConsent.class);
	}

	@Override
	public Mono<VoiceConsent> retrieveAsync(String consentId) {
		return this.executor.mono(() -> retrieveRequest(consentId), VoiceConsent.class);
	}

	@Override
	public VoiceConsent update(String consentId, String name) {
		return this.executor.blocking(updateRequest(consentId, name), VoiceConsent.class);
	}

	@Override
	public Mono<VoiceConsent> updateAsync(String consentId, String name) {
		return this.executor.mono(() -> updateRequest(consentId, name), VoiceConsent.class);
	}

	@Override
	public DeletionStatus delete(String consentId) {
		return this.executor.blocking(deleteRequest(consentId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String consentId) {
		return this.executor.mono(() -> deleteRequest(consentId), DeletionStatus.class);
	}

	private ApiRequest createRequest(VoiceConsentRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/audio/voice_consents")
			.operation("audio.voice_consents.create")
			.multipartBody(this.executor.form()
				.field("name", request.name())
				.file("recording", request.recording())
				.field("language", request.language())
				.build())
			.build();
	}

	private static ApiRequest listRequest(PageParams params) {
		Validation.required("params", params);
		Validation.range("limit", params.limit(), 1, 100);
		return params.applyTo(ApiRequest.get("/audio/voice_consents")).operation("audio.voice_consents.list").build();
	}

	private static ApiRequest retrieveRequest(String consentId) {
		return ApiRequest.get(CONSENT, consentId).operation("audio.voice_consents.retrieve").build();
	}

	private static ApiRequest updateRequest(String consentId, String name) {
		return ApiRequest.post(CONSENT, consentId)
			.operation("audio.voice_consents.update")
			.jsonBody(new VoiceConsentUpdate(name))
			.build();
	}

	private static ApiRequest deleteRequest(String consentId) {
		return ApiRequest.delete(CONSENT, consentId).operation("audio.voice_consents.delete").build();
	}

}
