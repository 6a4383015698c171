package dev.integrations.openai.containers;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;

/**
 * When a container expires ({@code expires_after}): a number of minutes after its anchor, which is always
 * {@code last_active_at}.
 *
 * @param anchor the anchor timestamp, {@code last_active_at}
 * @param minutes the minutes after the anchor before the container expires
 */
public record ContainerExpiration(String anchor, int minutes) {

	/** The only anchor the API supports. */
	public static final String LAST_ACTIVE_AT = "last_active_at";

	/**
	 * Checks the request rules of the policy; the client calls this before sending it. Reading a policy from a
	 * response checks nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		if (!LAST_ACTIVE_AT.equals(this.anchor)) {
			throw new OpenAIValidationException("expires_after.anchor",
					"expires_after.anchor must be " + LAST_ACTIVE_AT + ", the only anchor the API supports, was "
							+ "'" + this.anchor + "'");
		}
		Validation.range("expires_after.minutes", this.minutes, 1, Integer.MAX_VALUE);
	}

	/**
	 * Expires the container a number of minutes after it was last active.
	 * @param minutes at least 1
	 * @return the policy
	 */
	public static ContainerExpiration minutesAfterLastActive(int minutes) {
		ContainerExpiration policy = new ContainerExpiration(LAST_ACTIVE_AT, minutes);
		policy.validate();
		return policy;
	}

}
