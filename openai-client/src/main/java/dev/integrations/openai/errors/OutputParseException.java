package dev.integrations.openai.errors;

import dev.integrations.openai.common.ModelResponse;
import org.jspecify.annotations.Nullable;

/**
 * The model's JSON (a structured output, or a tool call's arguments) is missing or does not fit the Java type it is
 * read as. The message names the type (and the tool, for arguments) and what the parser found wrong.
 */
public class OutputParseException extends StructuredOutputException {

	private static final long serialVersionUID = 1L;

	private final String targetType;

	private final @Nullable String toolName;

	/**
	 * Creates the exception.
	 * @param targetType the type the JSON was read as
	 * @param toolName the tool whose arguments were read, or {@code null} for a structured output
	 * @param problem what was wrong, such as the parser's message
	 * @param response the completion or response that carried the JSON, or {@code null}
	 * @param cause the parse failure, or {@code null}
	 */
	public OutputParseException(Class<?> targetType, @Nullable String toolName, String problem,
			@Nullable ModelResponse response, @Nullable Throwable cause) {
		super(((toolName != null) ? "The arguments of tool '" + toolName + "'" : "The model's output")
				+ " cannot be read as " + targetType.getName() + ": " + problem, response, cause);
		this.targetType = targetType.getName();
		this.toolName = toolName;
	}

	/** @return the name of the type the JSON was read as */
	public String targetType() {
		return this.targetType;
	}

	/** @return the tool whose arguments were read, or {@code null} for a structured output */
	public @Nullable String toolName() {
		return this.toolName;
	}

}
