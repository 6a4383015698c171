package dev.integrations.openai.autoconfigure.metrics;

import java.util.Locale;

import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.OpenAIException;
import org.jspecify.annotations.Nullable;

/**
 * Attribute names of the OpenTelemetry GenAI semantic conventions and the bounded values this module gives them.
 */
final class GenAiAttributes {

	static final String OPERATION_NAME = "gen_ai.operation.name";

	static final String PROVIDER_NAME = "gen_ai.provider.name";

	static final String REQUEST_MODEL = "gen_ai.request.model";

	static final String RESPONSE_MODEL = "gen_ai.response.model";

	static final String TOKEN_TYPE = "gen_ai.token.type";

	static final String USAGE_INPUT_TOKENS = "gen_ai.usage.input_tokens";

	static final String USAGE_OUTPUT_TOKENS = "gen_ai.usage.output_tokens";

	static final String RESPONSE_ID = "gen_ai.response.id";

	static final String RESPONSE_FINISH_REASONS = "gen_ai.response.finish_reasons";

	static final String ERROR_TYPE = "error.type";

	static final String SERVER_ADDRESS = "server.address";

	static final String SERVER_PORT = "server.port";

	static final String PROVIDER = "openai";

	/** Not a GenAI attribute: the name of the client that made the call, bounded by configuration. */
	static final String CLIENT_NAME = "openai.client.name";

	/** The value of a tag whose attribute is absent, so that every meter of a name has the same tag keys. */
	static final String NONE = "none";

	private GenAiAttributes() {
	}

	/**
	 * Maps a client operation to {@code gen_ai.operation.name}: the well-known values where the conventions define
	 * one, otherwise the client's own bounded operation name.
	 * @param operation the client operation, such as {@code chat.completions.create}
	 * @return the GenAI operation name, such as {@code chat}
	 */
	static String operationName(String operation) {
		return switch (operation) {
			case "chat.completions.create" -> "chat";
			case "embeddings.create" -> "embeddings";
			case "completions.create" -> "text_completion";
			default -> operation;
		};
	}

	/**
	 * A bounded {@code error.type}: the HTTP status of an API error, otherwise the error category.
	 * @param error the error
	 * @return the value, such as {@code 429} or {@code network}
	 */
	static String errorType(OpenAIException error) {
		if (error instanceof OpenAIApiException api) {
			return Integer.toString(api.statusCode());
		}
		return error.category().name().toLowerCase(Locale.ROOT);
	}

	static String orNone(@Nullable String value) {
		return (value != null && !value.isBlank()) ? value : NONE;
	}

}
