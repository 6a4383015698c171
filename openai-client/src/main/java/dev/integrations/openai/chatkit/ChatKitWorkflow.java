package dev.integrations.openai.chatkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The workflow behind a ChatKit session: the one a {@link ChatSessionRequest} asks for ({@code workflow}, where
 * only the ID is required), and the one a {@link ChatSession} runs.
 *
 * @param id the workflow ID, such as {@code wf_68df4b13b3588190a09d19288d4610ec0df388c3983f58d1}
 * @param version the workflow version; the latest deployed version when {@code null}
 * @param stateVariables up to 64 variables passed to the workflow: keys up to 64 characters, values strings (up to
 * 10,485,760 characters), integers, booleans or numbers
 * @param tracing whether the session is traced (the API's default is on)
 */
public record ChatKitWorkflow(String id, @Nullable String version, @Nullable Map<String, Object> stateVariables,
		@Nullable Tracing tracing) {

	private static final int MAX_STRING_VARIABLE = 10_485_760;

	/**
	 * Copies the state variables.
	 */
	public ChatKitWorkflow {
		stateVariables = (stateVariables != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(stateVariables))
				: null;
	}

	/**
	 * The latest version of a workflow, with no state variables.
	 * @param id the workflow ID
	 * @return the workflow
	 */
	public static ChatKitWorkflow of(String id) {
		return new ChatKitWorkflow(id, null, null, null);
	}

	/**
	 * Returns a copy running a given version.
	 * @param version the version, or {@code null} for the latest deployed one
	 * @return the workflow
	 */
	public ChatKitWorkflow withVersion(@Nullable String version) {
		return new ChatKitWorkflow(this.id, version, this.stateVariables, this.tracing);
	}

	/**
	 * Returns a copy with one more state variable.
	 * @param key up to 64 characters
	 * @param value a string, an integer, a boolean or a number
	 * @return the workflow
	 */
	public ChatKitWorkflow withStateVariable(String key, Object value) {
		Map<String, Object> variables = new LinkedHashMap<>(
				(this.stateVariables != null) ? this.stateVariables : Map.of());
		variables.put(key, value);
		return new ChatKitWorkflow(this.id, this.version, variables, this.tracing);
	}

	/**
	 * Returns a copy that turns tracing on or off.
	 * @param enabled whether the session is traced
	 * @return the workflow
	 */
	public ChatKitWorkflow withTracing(boolean enabled) {
		return new ChatKitWorkflow(this.id, this.version, this.stateVariables, new Tracing(enabled));
	}

	/** Checks the request rules: an ID, at most 64 state variables of primitive values. */
	void validate() {
		Validation.notBlank("workflow.id", this.id);
		if (this.stateVariables == null) {
			return;
		}
		if (this.stateVariables.size() > 64) {
			throw new OpenAIValidationException("workflow.state_variables",
					"workflow.state_variables must have at most 64 entries, had " + this.stateVariables.size());
		}
		this.stateVariables.forEach((key, value) -> {
			boolean primitive = value instanceof Number || value instanceof Boolean
					|| (value instanceof String text && text.length() <= MAX_STRING_VARIABLE);
			if (key == null || key.length() > 64 || !primitive) {
				throw new OpenAIValidationException("workflow.state_variables", "workflow.state_variables." + key
						+ ": keys are at most 64 characters, values strings up to 10485760 characters, numbers"
						+ " or booleans");
			}
		});
	}

	/**
	 * Tracing of the workflow run.
	 *
	 * @param enabled whether tracing is on
	 */
	public record Tracing(@Nullable Boolean enabled) {

	}

}
