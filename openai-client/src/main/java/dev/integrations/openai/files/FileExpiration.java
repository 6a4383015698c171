package dev.integrations.openai.files;

import java.time.Duration;

import dev.integrations.openai.internal.Validation;

/**
 * When an uploaded file expires ({@code expires_after}): a number of seconds after an anchor, which is always
 * {@code created_at}. By default files with purpose {@code batch} expire after 30 days and others are kept until
 * deleted.
 *
 * @param anchor the anchor timestamp, {@code created_at}
 * @param seconds seconds after the anchor, from 3600 (1 hour) to 2592000 (30 days)
 */
public record FileExpiration(String anchor, long seconds) {

	/** The only anchor the API supports. */
	public static final String CREATED_AT = "created_at";

	/**
	 * Validates the policy.
	 */
	public FileExpiration {
		Validation.notBlank("expires_after.anchor", anchor);
		Validation.range("expires_after.seconds", seconds, 3600, 2592000);
	}

	/**
	 * Expires the file a given time after its creation.
	 * @param duration from 1 hour to 30 days
	 * @return the policy
	 */
	public static FileExpiration afterCreation(Duration duration) {
		return new FileExpiration(CREATED_AT, duration.toSeconds());
	}

}
