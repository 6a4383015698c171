package dev.integrations.openai.internal;

import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * Copies of failure chains whose messages were rewritten (secrets redacted, quoted text elided), for causes that are
 * kept in exceptions and logs.
 */
public final class FailureChains {

	private FailureChains() {
	}

	/**
	 * The failure itself when the rewrite changes no message down its cause chain; otherwise a chain of the same
	 * types (by name, as the start of each message), stack traces and rewritten messages.
	 * @param failure the failure
	 * @param rewrite rewrites one message; returns it unchanged when there is nothing to rewrite
	 * @return the failure, or its rewritten copy
	 */
	public static Throwable rewrite(Throwable failure, UnaryOperator<@Nullable String> rewrite) {
		boolean changes = false;
		for (Throwable t = failure; t != null && !changes; t = (t.getCause() != t) ? t.getCause() : null) {
			String message = t.getMessage();
			changes = message != null && !message.equals(rewrite.apply(message));
		}
		return changes ? copy(failure, rewrite) : failure;
	}

	private static Throwable copy(Throwable failure, UnaryOperator<@Nullable String> rewrite) {
		Throwable cause = failure.getCause();
		RewrittenFailure copy = new RewrittenFailure(
				failure.getClass().getName() + ": " + rewrite.apply(String.valueOf(failure.getMessage())),
				(cause != null && cause != failure) ? copy(cause, rewrite) : null);
		copy.setStackTrace(failure.getStackTrace());
		return copy;
	}

	/** A failure from below the client with its message rewritten; the message starts with the original type. */
	static final class RewrittenFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		RewrittenFailure(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

}
