package dev.integrations.openai.assistants;

import java.util.List;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;

/**
 * What the Assistants services share: the beta header, the {@code include[]} query parameter and length checks.
 */
@Deprecated
final class AssistantsApi {

	/** The beta header every Assistants API request carries. */
	static final String BETA_HEADER = "OpenAI-Beta";

	/** The version of the beta. */
	static final String BETA_VALUE = "assistants=v2";

	private AssistantsApi() {
	}

	/**
	 * Adds the beta header.
	 * @param request the request being built
	 * @return the same builder
	 */
	static ApiRequest.Builder beta(ApiRequest.Builder request) {
		return request.header(BETA_HEADER, BETA_VALUE);
	}

	/**
	 * Adds one {@code include[]} parameter per value.
	 * @param request the request being built
	 * @param include the values, or {@code null}
	 * @return the same builder
	 */
	static ApiRequest.Builder include(ApiRequest.Builder request, @Nullable List<String> include) {
		if (include != null) {
			include.forEach((value) -> request.query("include[]", value));
		}
		return request;
	}

	/**
	 * Checks the request rules of the tool settings a request sends. Tools, tool resources and response formats are
	 * also read from responses, where nothing is checked.
	 * @param tools the tools, or {@code null}
	 * @param toolResources the tool resources, or {@code null}
	 * @param responseFormat the response format, or {@code null}
	 */
	static void validateTools(@Nullable List<AssistantTool> tools, @Nullable ToolResources toolResources,
			@Nullable ResponseFormat responseFormat) {
		if (tools != null) {
			tools.forEach(AssistantTool::validate);
		}
		if (toolResources != null) {
			toolResources.validate();
		}
		if (responseFormat != null) {
			responseFormat.validate();
		}
	}

	/**
	 * Checks an optional string's length.
	 * @param field the wire name
	 * @param value the value, or {@code null}
	 * @param max the inclusive maximum length
	 */
	static void maxLength(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw new OpenAIValidationException(field,
					field + " must be at most " + max + " characters, had " + value.length());
		}
	}

}
