package dev.integrations.openai.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Parser failures told without what the server sent: a JSON parser quotes the token it could not read, and that
 * token may be a secret the server itself issued (an ephemeral key, a ChatKit client secret) that no redactor knows.
 * Quoted text longer than a few characters becomes {@code '...'}, and the parser's source location is dropped;
 * single characters such as {@code '<'} stay, as they tell what the body was.
 */
public final class ParseFailures {

	private static final Pattern LONG_QUOTE = Pattern.compile("'[^'\\n]{9,}'");

	private static final Pattern LONG_DOUBLE_QUOTE = Pattern.compile("\"[^\"\\n]{9,}\"");

	private ParseFailures() {
	}

	/**
	 * A parser's message without the text it quoted.
	 * @param message the message, or {@code null}
	 * @return the message with long quotes elided and only its first line, or {@code null}
	 */
	public static @Nullable String describe(@Nullable String message) {
		if (message == null) {
			return null;
		}
		String firstLine = message.lines().findFirst().orElse("");
		String elided = LONG_QUOTE.matcher(firstLine).replaceAll("'...'");
		return LONG_DOUBLE_QUOTE.matcher(elided).replaceAll("\"...\"");
	}

	/**
	 * A failure safe to keep as a cause: the failure itself when no message down its chain quotes long text,
	 * otherwise a chain of the same types (by name), stack traces and {@linkplain #describe described} messages.
	 * @param failure the failure
	 * @return the failure, or its copy without quoted text
	 */
	public static Throwable scrub(Throwable failure) {
		return FailureChains.rewrite(failure, ParseFailures::describe);
	}

}
