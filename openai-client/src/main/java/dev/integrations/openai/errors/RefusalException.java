package dev.integrations.openai.errors;

import dev.integrations.openai.common.ModelResponse;
import org.jspecify.annotations.Nullable;

/**
 * The model refused to produce the requested structured output and explained why instead ({@code refusal}).
 */
public class RefusalException extends StructuredOutputException {

	private static final long serialVersionUID = 1L;

	private final String refusal;

	/**
	 * Creates the exception.
	 * @param refusal the model's explanation
	 * @param response the completion or response that carried it, or {@code null}
	 */
	public RefusalException(String refusal, @Nullable ModelResponse response) {
		super("The model refused to answer: " + refusal, response, null);
		this.refusal = refusal;
	}

	/** @return the model's explanation, as it wrote it */
	public String refusal() {
		return this.refusal;
	}

}
