package dev.integrations.openai.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Instant} of an optional Unix-seconds timestamp, for the {@code xxxInstant()} methods of wire records.
 */
public final class EpochSeconds {

	private EpochSeconds() {
	}

	/**
	 * Converts optional Unix seconds.
	 * @param seconds the seconds, or {@code null}
	 * @return the instant, or {@code null} when {@code seconds} is
	 */
	public static @Nullable Instant toInstant(@Nullable Long seconds) {
		return (seconds != null) ? Instant.ofEpochSecond(seconds) : null;
	}

}
