package dev.integrations.openai.errors;

/**
 * A request was refused before any network call because a field broke the API's constraints. The message names
 * the field, as in {@code "temperature must be between 0 and 2, was 3.5"}.
 */
public class OpenAIValidationException extends OpenAIException {

	private static final long serialVersionUID = 1L;

	private final String field;

	/**
	 * Creates the exception.
	 * @param field the offending field, in its wire name
	 * @param message the full message, which names the field
	 */
	public OpenAIValidationException(String field, String message) {
		super(message, null);
		this.field = field;
	}

	/** @return the offending field, in its wire name (such as {@code top_p}) */
	public String field() {
		return this.field;
	}

	@Override
	public ErrorCategory category() {
		return ErrorCategory.VALIDATION;
	}

	@Override
	public boolean isRetryable() {
		return false;
	}

}
