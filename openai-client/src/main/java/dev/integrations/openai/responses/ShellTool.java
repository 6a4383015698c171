package dev.integrations.openai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The shell tool ({@code type: shell}): the model runs shell commands in a container the API creates, in an
 * existing container, or on the caller's machine ({@link ShellEnvironment}).
 *
 * @param environment where the commands run, or {@code null} for the API's default
 * @param allowedCallers the contexts that may call it: {@code direct}, {@code programmatic}
 */
@JsonTypeName("shell")
public record ShellTool(@Nullable ShellEnvironment environment,
		@Nullable List<String> allowedCallers) implements ResponseTool {

	@Override
	public String type() {
		return "shell";
	}

	@Override
	public void validate() {
		if (this.allowedCallers != null) {
			Validation.notEmpty("tools.shell.allowed_callers", this.allowedCallers);
		}
		if (this.environment != null) {
			this.environment.validate();
		}
	}

}
