package dev.integrations.openai.errors;

/**
 * The thread waiting for a blocking call or a blocking stream was interrupted: the call was cancelled and the
 * thread's interrupt flag is set again, so the code above still sees the interrupt. Not retryable.
 */
public class OpenAIInterruptedException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what was interrupted
	 * @param cause the {@link InterruptedException}
	 */
	public OpenAIInterruptedException(String message, InterruptedException cause) {
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
