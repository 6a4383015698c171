package dev.integrations.openai.realtime;

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

	/**
	 * Creates an ephemeral key ({@code POST /realtime/client_secrets}).
	 * @param request the lifetime and the session
	 * @return the key and the effective session
	 */
	Mono<RealtimeClientSecret> createClientSecretAsync(RealtimeClientSecretRequest request);

	/**
	 * Starts a call over WebRTC with the caller's SDP offer and returns the SDP answer ({@code POST /realtime/calls}).
	 * @param request the offer and, optionally, the session configuration
	 * @return the SDP answer and the call ID
	 */
	RealtimeCallAnswer createCall(RealtimeCallRequest request);

	/**
	 * Starts a call over WebRTC ({@code POST /realtime/calls}).
	 * @param request the offer and, optionally, the session configuration
	 * @return the SDP answer and the call ID
	 */
	Mono<RealtimeCallAnswer> createCallAsync(RealtimeCallRequest request);

	/**
	 * Accepts an incoming SIP call with the session that handles it ({@code POST /realtime/calls/{call_id}/accept}).
	 * @param callId the call ID, from the {@code realtime.call.incoming} webhook
	 * @param session the session configuration
	 */
	void acceptCall(String callId, RealtimeSessionConfig session);

	/**
	 * Accepts an incoming SIP call ({@code POST /realtime/calls/{call_id}/accept}).
	 * @param callId the call ID
	 * @param session the session configuration
	 * @return completes when accepted
	 */
	Mono<Void> acceptCallAsync(String callId, RealtimeSessionConfig session);

	/**
	 * Ends a call, SIP or WebRTC ({@code POST /realtime/calls/{call_id}/hangup}).
	 * @param callId the call ID
	 */
	void hangupCall(String callId);

	/**
	 * Ends a call ({@code POST /realtime/calls/{call_id}/hangup}).
	 * @param callId the call ID
	 * @return completes when ended
	 */
	Mono<Void> hangupCallAsync(String callId);

	/**
	 * Transfers a SIP call with a SIP REFER ({@code POST /realtime/calls/{call_id}/refer}).
	 * @param callId the call ID
	 * @param request the destination
	 */
	void referCall(String callId, RealtimeCallReferRequest request);

	/**
	 * Transfers a SIP call ({@code POST /realtime/calls/{call_id}/refer}).
	 * @param callId the call ID
	 * @param request the destination
	 * @return completes when referred
	 */
	Mono<Void> referCallAsync(String callId, RealtimeCallReferRequest request);

	/**
	 * Declines an incoming SIP call ({@code POST /realtime/calls/{call_id}/reject}).
	 * @param callId the call ID
	 * @param request the SIP status code, {@link RealtimeCallRejectRequest#DECLINE} for the API's default
	 */
	void rejectCall(String callId, RealtimeCallRejectRequest request);

	/**
	 * Declines an incoming SIP call ({@code POST /realtime/calls/{call_id}/reject}).
	 * @param callId the call ID
	 * @param request the SIP status code
	 * @return completes when rejected
	 */
	Mono<Void> rejectCallAsync(String callId, RealtimeCallRejectRequest request);

	/**
	 * Creates an ephemeral key for a translation session ({@code POST /realtime/translations/client_secrets}).
	 * @param request the lifetime and the translation session
	 * @return the key and the effective session
	 */
	RealtimeTranslationClientSecret createTranslationClientSecret(RealtimeTranslationClientSecretRequest request);

	/**
	 * Creates an ephemeral key for a translation session ({@code POST /realtime/translations/client_secrets}).
	 * @param request the lifetime and the translation session
	 * @return the key and the effective session
	 */
	Mono<RealtimeTranslationClientSecret> createTranslationClientSecretAsync(
			RealtimeTranslationClientSecretRequest request);

}
