package dev.integrations.openai.webhooks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * {@code realtime.call.incoming}: sent when an incoming SIP call is available for Realtime acceptance. The same
 * pending session can also emit {@code live.call.incoming}; the first successful accept selects the runtime.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the call
 * @param object always {@code event}
 */
@JsonTypeName("realtime.call.incoming")
public record RealtimeCallIncomingEvent(String id, long createdAt, Data data,
		@Nullable String object) implements WebhookEvent {

	/**
	 * The incoming call.
	 *
	 * @param callId the {@code rtc_...} ID of the pending SIP session (the {@code session_id} of
	 * {@code live.call.incoming})
	 * @param sipHeaders the headers from the SIP {@code INVITE}
	 */
	public record Data(String callId, List<SipHeader> sipHeaders) {

	}

}
