package dev.integrations.openai.realtime;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /realtime/calls} ({@code RealtimeCallCreateRequest}): the WebRTC SDP offer of the caller
 * and, optionally, the session configuration. Without a session it is sent as {@code application/sdp}; with one as
 * {@code multipart/form-data} with an {@code sdp} part ({@code application/sdp}) and a {@code session} part
 * ({@code application/json}).
 *
 * @param sdp the SDP offer
 * @param session the session configuration, or {@code null} for the defaults of the client secret or API key
 */
public record RealtimeCallRequest(String sdp, @Nullable RealtimeSessionConfig session) {

	/**
	 * Checks the offer.
	 */
	public RealtimeCallRequest {
		Validation.notBlank("sdp", sdp);
	}

	/**
	 * A call with an SDP offer alone.
	 * @param sdp the SDP offer
	 * @return the request
	 */
	public static RealtimeCallRequest of(String sdp) {
		return new RealtimeCallRequest(sdp, null);
	}

}
