package dev.integrations.openai.vectorstores;

import dev.integrations.openai.internal.Validation;

/**
 * When a vector store expires: a number of days after its anchor ({@code last_active_at}).
 *
 * @param anchor the anchor timestamp, always {@code last_active_at}
 * @param days the days after the anchor, 1 to 365
 */
public record ExpiresAfter(String anchor, int days) {

	/**
	 * Checks the request rules of the policy; the client calls this before sending it. Reading a policy from a
	 * response checks nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		Validation.notBlank("expires_after.anchor", this.anchor);
		Validation.range("expires_after.days", this.days, 1, 365);
	}

	/**
	 * Expires a number of days after the store was last active.
	 * @param days 1 to 365
	 * @return the policy
	 */
	public static ExpiresAfter daysAfterLastActive(int days) {
		ExpiresAfter policy = new ExpiresAfter("last_active_at", days);
		policy.validate();
		return policy;
	}

}
