package dev.integrations.openai.realtime;

import dev.integrations.openai.internal.Validation;

/**
 * The body of {@code POST /realtime/calls/{call_id}/refer}: where to transfer a SIP call.
 *
 * @param targetUri the destination of the SIP REFER, such as {@code tel:+14155550123} or a {@code sip:} URI
 */
public record RealtimeCallReferRequest(String targetUri) {

	/**
	 * Checks the target.
	 */
	public RealtimeCallReferRequest {
		Validation.notBlank("target_uri", targetUri);
	}

}
