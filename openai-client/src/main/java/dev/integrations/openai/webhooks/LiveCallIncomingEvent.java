package dev.integrations.openai.webhooks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * {@code live.call.incoming}: sent when an incoming SIP call is available for Live acceptance. The same pending
 * session can also emit {@code realtime.call.incoming}; the first successful accept selects the runtime.
 *
 * @param id the unique ID of the event
 * @param createdAt when it happened, in Unix seconds
 * @param data the call
 * @param object always {@code event}
 */
@JsonTypeName("live.call.incoming")
public record LiveCallIncomingEvent(String id, long createdAt, Data data,
		@Nullable String object) implements WebhookEvent {

	/**
	 * The incoming call.
	 *
	 * @param sessionId the {@code rtc_...} ID of the pending SIP session (the {@code call_id} of
	 * {@code realtime.call.incoming})
	 * @param sipHeaders the headers from the SIP {@code INVITE}
	 */
	public record Data(String sessionId, List<SipHeader> sipHeaders) {

	}

}
