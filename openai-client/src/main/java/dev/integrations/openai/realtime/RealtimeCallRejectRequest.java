package dev.integrations.openai.realtime;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /realtime/calls/{call_id}/reject}: the SIP status code returned to the caller.
 *
 * @param statusCode the SIP response code, such as {@code 486} (busy) or {@code 603} (decline, the API's default)
 */
public record RealtimeCallRejectRequest(@Nullable Integer statusCode) {

	/** The API's default, {@code 603 Decline}. */
	public static final RealtimeCallRejectRequest DECLINE = new RealtimeCallRejectRequest(null);

	/**
	 * Checks the status code.
	 */
	public RealtimeCallRejectRequest {
		if (statusCode != null && (statusCode < 400 || statusCode > 699)) {
			throw new dev.integrations.openai.errors.OpenAIValidationException("status_code",
					"status_code must be a SIP error code from 400 to 699, was " + statusCode);
		}
	}

}
