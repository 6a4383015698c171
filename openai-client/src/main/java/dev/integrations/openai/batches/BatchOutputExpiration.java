package dev.integrations.openai.batches;

import java.time.Duration;

import dev.integrations.openai.internal.Validation;

/**
 * When the output and error files of a batch expire ({@code output_expires_after}): a number of seconds after the
 * anchor, which is the creation time of each file.
 *
 * @param anchor the anchor timestamp; only {@code created_at} is supported
 * @param seconds seconds after the anchor, between 3600 (1 hour) and 2592000 (30 days)
 */
public record BatchOutputExpiration(String anchor, long seconds) {

	/** The only supported anchor: the file's creation time. */
	public static final String CREATED_AT = "created_at";

	/**
	 * Checks the fields.
	 */
	public BatchOutputExpiration {
		Validation.notBlank("output_expires_after.anchor", anchor);
		Validation.range("output_expires_after.seconds", seconds, 3600, 2_592_000);
	}

	/**
	 * Expires the files a duration after their creation.
	 * @param duration between one hour and 30 days, in whole seconds
	 * @return the expiration policy
	 */
	public static BatchOutputExpiration afterCreation(Duration duration) {
		return new BatchOutputExpiration(CREATED_AT, duration.toSeconds());
	}

}
