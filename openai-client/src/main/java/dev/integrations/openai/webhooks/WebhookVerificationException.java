package dev.integrations.openai.webhooks;

import dev.integrations.openai.errors.ErrorCategory;
import dev.integrations.openai.errors.OpenAIException;

/**
 * A webhook delivery was refused: a header is missing or malformed, the timestamp lies outside the tolerance, no
 * signature matches, the secret is unusable or the verified body is no JSON event. The message never contains the
 * secret nor the signatures.
 */
public class WebhookVerificationException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	/**
	 * Creates the exception.
	 * @param reason why the delivery was refused
	 * @param message the message, free of secrets
	 */
	public WebhookVerificationException(Reason reason, String message) {
		super(message, null);
		this.reason = reason;
	}

	/** @return why the delivery was refused */
	public Reason reason() {
		return this.reason;
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.VALIDATION;
	}

	@Override
	public boolean isRetryable() {
		return false;
	}

	/**
	 * Why a delivery was refused.
	 */
	public enum Reason {

		/** A {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} header is absent or blank. */
		MISSING_HEADER,

		/** The timestamp is no Unix time in seconds, or the signature header holds no {@code v1,<base64>} entry. */
		MALFORMED_HEADER,

		/** The timestamp is further from the verifier's clock than the tolerance, in the past or the future. */
		TIMESTAMP_OUT_OF_TOLERANCE,

		/** None of the signatures is the HMAC-SHA256 of the delivery under the secret. */
		SIGNATURE_MISMATCH,

		/** The secret is blank or not base64 (after an optional {@code whsec_} prefix). */
		INVALID_SECRET,

		/** The signature is valid but the body is no JSON event object. */
		MALFORMED_PAYLOAD

	}

}
