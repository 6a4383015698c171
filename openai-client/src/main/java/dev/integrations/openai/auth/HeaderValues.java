package dev.integrations.openai.auth;

import org.jspecify.annotations.Nullable;

/**
 * Checks values that end up in HTTP headers, so that no setting can inject a header or break a request line.
 */
public final class HeaderValues {

	private HeaderValues() {
	}

	/**
	 * Checks a secret header value without ever echoing it.
	 * @param setting the setting name used in the message, such as {@code apiKey}
	 * @param value the secret
	 * @return the value
	 * @throws IllegalArgumentException if the value is blank or contains anything but visible ASCII characters
	 * (whitespace, control characters, accented letters, invisible characters such as U+200B or U+FEFF)
	 */
	public static String requireValidSecret(String setting, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(setting + " must not be blank");
		}
		if (hasWhitespaceOrControl(value)) {
			throw new IllegalArgumentException(
					setting + " contains whitespace or control characters (value not shown); check for a stray newline");
		}
		if (!isVisibleAscii(value)) {
			throw new IllegalArgumentException(setting + " contains characters outside visible ASCII (value not shown);"
					+ " check for a pasted invisible character such as a zero-width space or byte order mark");
		}
		return value;
	}

	/**
	 * Checks a token-like header value (organization or project ID) that may be quoted in messages.
	 * @param setting the setting name used in the message
	 * @param value the value
	 * @return the value
	 * @throws IllegalArgumentException if the value is blank or contains anything but visible ASCII characters
	 */
	public static String requireValidToken(String setting, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(setting + " must not be blank");
		}
		if (hasWhitespaceOrControl(value)) {
			throw new IllegalArgumentException(setting + " must not contain whitespace or control characters");
		}
		if (!isVisibleAscii(value)) {
			throw new IllegalArgumentException(setting + " must contain only visible ASCII characters");
		}
		return value;
	}

	/**
	 * Checks a free-text header value (such as a user agent): spaces are allowed, CR, LF and other control
	 * characters are not.
	 * @param setting the setting name used in the message
	 * @param value the value
	 * @return the value
	 * @throws IllegalArgumentException if the value contains control characters
	 */
	public static String requireNoControlCharacters(String setting, String value) {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isISOControl(value.charAt(i))) {
				throw new IllegalArgumentException(setting + " must not contain control characters such as CR or LF");
			}
		}
		return value;
	}

	/** Whether every character is visible ASCII ({@code !} to {@code ~}), all a token in a header may hold. */
	private static boolean isVisibleAscii(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '!' || c > '~') {
				return false;
			}
		}
		return true;
	}

	private static boolean hasWhitespaceOrControl(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
				return true;
			}
		}
		return false;
	}

}
