package dev.integrations.openai.errors;

import org.jspecify.annotations.Nullable;

/**
 * The thread of a blocking call was interrupted: while an attempt was in flight, or while it waited to retry. The
 * call is abandoned (its connection released) and the thread's interrupt flag is set again before this is thrown,
 * so that the code above still sees the interruption. Never retried.
 */
public class OpenAIInterruptedException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what was interrupted
	 * @param cause the {@link InterruptedException}, when there is one
	 */
	public OpenAIInterruptedException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.CLIENT;
	}

	@Override
	public boolean isRetryable() {
		return false;
	}

}
