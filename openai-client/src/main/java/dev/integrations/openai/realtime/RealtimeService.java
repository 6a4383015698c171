package dev.integrations.openai.realtime;

import java.util.Map;

import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The Realtime API's REST operations ({@code /realtime}): ephemeral client secrets, and calls over WebRTC or SIP.
 * Blocking methods run on the caller's thread; {@code Async} methods return a lazy {@link Mono}. Thread-safe; get it
 * from {@link dev.integrations.openai.client.OpenAIClient#realtime()}.
 */
public interface RealtimeService extends OpenAIService<RealtimeService> {

	/**
	 * Creates an ephemeral key for a browser or mobile app, with the session it configures
	 * ({@code POST /realtime/client_secrets}).
	 * @param request the lifetime and the session
	 * @return the key and the effective session
	 */
	RealtimeClientSecret createClientSecret(RealtimeClientSecretRequest request);

	/** {@link #createClientSecret(RealtimeClientSecretRequest)} as a lazy {@link Mono}. */
	Mono<RealtimeClientSecret> createClientSecretAsync(RealtimeClientSecretRequest request);

	/**
	 * Starts a call over WebRTC with the caller's SDP offer and returns the SDP answer ({@code POST /realtime/calls}).
	 * @param request the offer and, optionally, the session configuration
	 * @return the SDP answer and the call ID
	 */
	RealtimeCallAnswer createCall(RealtimeCallRequest request);

	/** {@link #createCall(RealtimeCallRequest)} as a lazy {@link Mono}. */
	Mono<RealtimeCallAnswer> createCallAsync(RealtimeCallRequest request);

	/**
	 * Accepts an incoming SIP call with the session that handles it ({@code POST /realtime/calls/{call_id}/accept}).
	 * @param callId the call ID, from the {@code realtime.call.incoming} webhook
	 * @param session the session configuration
	 */
	void acceptCall(String callId, RealtimeSessionConfig session);

	/** {@link #acceptCall(String, RealtimeSessionConfig)} as a lazy {@link Mono}. */
	Mono<Void> acceptCallAsync(String callId, RealtimeSessionConfig session);

	/**
	 * Ends a call, SIP or WebRTC ({@code POST /realtime/calls/{call_id}/hangup}).
	 * @param callId the call ID
	 */
	void hangupCall(String callId);

	/** {@link #hangupCall(String)} as a lazy {@link Mono}. */
	Mono<Void> hangupCallAsync(String callId);

	/**
	 * Transfers a SIP call with a SIP REFER ({@code POST /realtime/calls/{call_id}/refer}).
	 * @param callId the call ID
	 * @param request the destination
	 */
	void referCall(String callId, RealtimeCallReferRequest request);

	/** {@link #referCall(String, RealtimeCallReferRequest)} as a lazy {@link Mono}. */
	Mono<Void> referCallAsync(String callId, RealtimeCallReferRequest request);

	/**
	 * Declines an incoming SIP call ({@code POST /realtime/calls/{call_id}/reject}).
	 * @param callId the call ID
	 * @param request the SIP status code, {@link RealtimeCallRejectRequest#DECLINE} for the API's default
	 */
	void rejectCall(String callId, RealtimeCallRejectRequest request);

	/** {@link #rejectCall(String, RealtimeCallRejectRequest)} as a lazy {@link Mono}. */
	Mono<Void> rejectCallAsync(String callId, RealtimeCallRejectRequest request);

	/**
	 * Creates an ephemeral key for a translation session ({@code POST /realtime/translations/client_secrets}).
	 * @param request the lifetime and the translation session
	 * @return the key and the effective session
	 */
	RealtimeTranslationClientSecret createTranslationClientSecret(RealtimeTranslationClientSecretRequest request);

	/** {@link #createTranslationClientSecret(RealtimeTranslationClientSecretRequest)} as a lazy {@link Mono}. */
	Mono<RealtimeTranslationClientSecret> createTranslationClientSecretAsync(
			RealtimeTranslationClientSecretRequest request);

	/**
	 * Creates an ephemeral key with a session of the beta interface ({@code POST /realtime/sessions}); new code uses
	 * {@link #createClientSecret(RealtimeClientSecretRequest)}.
	 * @param session the session settings as the beta interface names them ({@code model}, {@code modalities},
	 * {@code voice}, {@code input_audio_format}, ...), written by the shared mapper
	 * @return the session and its ephemeral key
	 */
	RealtimeEphemeralSession createSession(Map<String, ?> session);

	/** {@link #createSession(Map)} as a lazy {@link Mono}. */
	Mono<RealtimeEphemeralSession> createSessionAsync(Map<String, ?> session);

	/**
	 * Creates an ephemeral key with a transcription session of the beta interface
	 * ({@code POST /realtime/transcription_sessions}); new code uses
	 * {@link #createClientSecret(RealtimeClientSecretRequest)} with a transcription session.
	 * @param session the transcription session settings ({@code input_audio_format},
	 * {@code input_audio_transcription}, {@code turn_detection}, ...)
	 * @return the session and its ephemeral key
	 */
	RealtimeEphemeralSession createTranscriptionSession(Map<String, ?> session);

	/** {@link #createTranscriptionSession(Map)} as a lazy {@link Mono}. */
	Mono<RealtimeEphemeralSession> createTranscriptionSessionAsync(Map<String, ?> session);

}
