package dev.integrations.openai.realtime;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import dev.integrations.openai.transport.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Mono;

/**
 * {@link RealtimeService} over the shared executor. Operations that answer with an empty body are read as text
 * and the text is dropped.
 */
final class DefaultRealtimeService implements RealtimeService {

	private static final MediaType SDP = MediaType.parseMediaType("application/sdp");

	private static final String CALL = "/realtime/calls/{call_id}";

	private final ApiExecutor executor;

	DefaultRealtimeService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public RealtimeService withOptions(RequestOptions options) {
		return new DefaultRealtimeService(this.executor.withOptions(options));
	}

	@Override
	public RealtimeClientSecret createClientSecret(RealtimeClientSecretRequest request) {
		return this.executor.blocking(clientSecretRequest(request), RealtimeClientSecret.class);
	}

	@Override
	public Mono<RealtimeClientSecret> createClientSecretAsync(RealtimeClientSecretRequest request) {
		return this.executor.mono(() -> clientSecretRequest(request), RealtimeClientSecret.class);
	}

	@Override
	public RealtimeTranslationClientSecret createTranslationClientSecret(
			RealtimeTranslationClientSecretRequest request) {
		return this.executor.blocking(translationSecretRequest(request), RealtimeTranslationClientSecret.class);
	}

	@Override
	public Mono<RealtimeTranslationClientSecret> createTranslationClientSecretAsync(
			RealtimeTranslationClientSecretRequest request) {
		return this.executor.mono(() -> translationSecretRequest(request), RealtimeTranslationClientSecret.class);
	}

	@Override
	public RealtimeEphemeralSession createSession(Map<String, ?> session) {
		return this.executor.blocking(sessionRequest(session), RealtimeEphemeralSession.class);
	}

	@Override
	public Mono<RealtimeEphemeralSession> createSessionAsync(Map<String, ?> session) {
		return this.executor.mono(() -> sessionRequest(session), RealtimeEphemeralSession.class);
	}

	@Override
	public RealtimeEphemeralSession createTranscriptionSession(Map<String, ?> session) {
		return this.executor.blocking(transcriptionSessionRequest(session), RealtimeEphemeralSession.class);
	}

	@Override
	public Mono<RealtimeEphemeralSession> createTranscriptionSessionAsync(Map<String, ?> session) {
		return this.executor.mono(() -> transcriptionSessionRequest(session), RealtimeEphemeralSession.class);
	}

	@Override
	public RealtimeCallAnswer createCall(RealtimeCallRequest request) {
		return answer(this.executor.exchangeBlocking(createCallRequest(request), String.class));
	}

	@Override
	public Mono<RealtimeCallAnswer> createCallAsync(RealtimeCallRequest request) {
		return this.executor.exchange(() -> createCallRequest(request), String.class).map(DefaultRealtimeService::answer);
	}

	@Override
	public void acceptCall(String callId, RealtimeSessionConfig session) {
		this.executor.blocking(acceptRequest(callId, session), String.class);
	}

	@Override
	public Mono<Void> acceptCallAsync(String callId, RealtimeSessionConfig session) {
		return this.executor.mono(() -> acceptRequest(callId, session), String.class).then();
	}

	@Override
	public void hangupCall(String callId) {
		this.executor.blocking(hangupRequest(callId), String.class);
	}

	@Override
	public Mono<Void> hangupCallAsync(String callId) {
		return this.executor.mono(() -> hangupRequest(callId), String.class).then();
	}

	@Override
	public void referCall(String callId, RealtimeCallReferRequest request) {
		this.executor.blocking(referRequest(callId, request), String.class);
	}

	@Override
	public Mono<Void> referCallAsync(String callId, RealtimeCallReferRequest request) {
		return this.executor.mono(() -> referRequest(callId, request), String.class).then();
	}

	@Override
	public void rejectCall(String callId, RealtimeCallRejectRequest request) {
		this.executor.blocking(rejectRequest(callId, request), String.class);
	}

	@Override
	public Mono<Void> rejectCallAsync(String callId, RealtimeCallRejectRequest request) {
		return this.executor.mono(() -> rejectRequest(callId, request), String.class).then();
	}

	private static RealtimeCallAnswer answer(ApiResponse<String> response) {
		return new RealtimeCallAnswer(response.body(), callId(response.headers().getFirst(HttpHeaders.LOCATION)));
	}

	/** The last path segment of the {@code Location} header, such as {@code /v1/realtime/calls/rtc_123}. */
	private static @Nullable String callId(@Nullable String location) {
		if (location == null || location.isBlank()) {
			return null;
		}
		String path = location.strip();
		int query = path.indexOf('?');
		path = (query >= 0) ? path.substring(0, query) : path;
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static ApiRequest clientSecretRequest(RealtimeClientSecretRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/realtime/client_secrets")
			.operation("realtime.client_secrets.create")
			.model(modelOf(request.session()))
			.jsonBody(request)
			.build();
	}

	private static ApiRequest translationSecretRequest(RealtimeTranslationClientSecretRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/realtime/translations/client_secrets")
			.operation("realtime.translations.client_secrets.create")
			.model(request.session().model())
			.jsonBody(request)
			.build();
	}

	private static ApiRequest sessionRequest(Map<String, ?> session) {
		return withSession(ApiRequest.post("/realtime/sessions").operation("realtime.sessions.create"), session);
	}

	private static ApiRequest transcriptionSessionRequest(Map<String, ?> session) {
		return withSession(ApiRequest.post("/realtime/transcription_sessions")
			.operation("realtime.transcription_sessions.create"), session);
	}

	private static ApiRequest withSession(ApiRequest.Builder builder, Map<String, ?> session) {
		Validation.required("session", session);
		Object model = session.get("model");
		return builder.model((model instanceof String name) ? name : null).jsonBody(session).build();
	}

	private ApiRequest createCallRequest(RealtimeCallRequest request) {
		Validation.required("request", request);
		ApiRequest.Builder builder = ApiRequest.post("/realtime/calls")
			.operation("realtime.calls.create")
			.header(HttpHeaders.ACCEPT, SDP.toString());
		RealtimeSessionConfig session = request.session();
		if (session == null) {
			return builder.textBody(request.sdp(), SDP).build();
		}
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("sdp", request.sdp().getBytes(StandardCharsets.UTF_8)).contentType(SDP);
		parts.part("session", this.executor.jsonMapper().writeValueAsBytes(session))
			.contentType(MediaType.APPLICATION_JSON);
		return builder.model(session.model()).multipartBody(parts.build()).build();
	}

	private static ApiRequest acceptRequest(String callId, RealtimeSessionConfig session) {
		Validation.required("session", session);
		return ApiRequest.post(CALL + "/accept", callId)
			.operation("realtime.calls.accept")
			.model(session.model())
			.jsonBody(session)
			.build();
	}

	private static ApiRequest hangupRequest(String callId) {
		return ApiRequest.post(CALL + "/hangup", callId).operation("realtime.calls.hangup").build();
	}

	private static ApiRequest referRequest(String callId, RealtimeCallReferRequest request) {
		Validation.required("request", request);
		return ApiRequest.post(CALL + "/refer", callId).operation("realtime.calls.refer").jsonBody(request).build();
	}

	private static ApiRequest rejectRequest(String callId, RealtimeCallRejectRequest request) {
		Validation.required("request", request);
		return ApiRequest.post(CALL + "/reject", callId).operation("realtime.calls.reject").jsonBody(request).build();
	}

	private static @Nullable String modelOf(@Nullable RealtimeSessionSettings session) {
		return (session instanceof RealtimeSessionConfig config) ? config.model() : null;
	}

}
