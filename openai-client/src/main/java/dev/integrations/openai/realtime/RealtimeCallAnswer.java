package dev.integrations.openai.realtime;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /realtime/calls}: the SDP answer that completes the peer connection, and the call ID
 * taken from the {@code Location} header, used to accept, refer, reject or hang up the call later.
 *
 * @param sdp the SDP answer
 * @param callId the call ID, such as {@code rtc_u1_9c6574da8b8a41a18da9308f4ad974ce}, when the answer named one
 */
public record RealtimeCallAnswer(String sdp, @Nullable String callId) {

}
