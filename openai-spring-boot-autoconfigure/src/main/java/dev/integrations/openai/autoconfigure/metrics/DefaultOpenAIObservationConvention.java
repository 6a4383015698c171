package dev.integrations.openai.autoconfigure.metrics;

import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.resilience.CallResult;
import dev.integrations.openai.resilience.RequestContext;
import dev.integrations.openai.common.TokenUsage;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The OpenTelemetry GenAI convention: the observation is named {@code gen_ai.client.operation.duration} (so its
 * timer is that histogram, in seconds), its span {@code "{gen_ai.operation.name} {gen_ai.request.model}"}.
 * Low-cardinality keys (metric tags): {@code openai.client.name} (the client's configured name),
 * {@code gen_ai.operation.name}, {@code gen_ai.provider.name},
 * {@code gen_ai.request.model}, {@code gen_ai.response.model}, {@code error.type}, {@code server.address}.
 * High-cardinality keys (span attributes only): {@code server.port}, and once a model answered
 * {@code gen_ai.response.id}, {@code gen_ai.response.finish_reasons} (the reasons joined with commas, such as
 * {@code stop} or {@code stop,length}; a Micrometer key value is a string) and the token counts
 * {@code gen_ai.usage.input_tokens} and {@code gen_ai.usage.output_tokens}.
 */
public class DefaultOpenAIObservationConvention implements OpenAIObservationConvention {

	/** The observation name, which is also the name of the duration timer. */
	public static final String NAME = "gen_ai.client.operation.duration";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(OpenAIObservationContext context) {
		RequestContext request = context.getRequest();
		String operation = GenAiAttributes.operationName(request.operation());
		return (request.requestModel() != null) ? operation + " " + request.requestModel() : operation;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(OpenAIObservationContext context) {
		RequestContext request = context.getRequest();
		CallResult result = context.getResult();
		return KeyValues.of(KeyValue.of(GenAiAttributes.CLIENT_NAME, context.getClientName()),
				KeyValue.of(GenAiAttributes.OPERATION_NAME, GenAiAttributes.operationName(request.operation())),
				KeyValue.of(GenAiAttributes.PROVIDER_NAME, GenAiAttributes.PROVIDER),
				KeyValue.of(GenAiAttributes.REQUEST_MODEL, GenAiAttributes.orNone(request.requestModel())),
				KeyValue.of(GenAiAttributes.RESPONSE_MODEL,
						GenAiAttributes.orNone((result != null) ? result.responseModel() : null)),
				KeyValue.of(GenAiAttributes.ERROR_TYPE, errorType(context)),
				KeyValue.of(GenAiAttributes.SERVER_ADDRESS, request.serverAddress()));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(OpenAIObservationContext context) {
		KeyValues values = KeyValues.of(GenAiAttributes.SERVER_PORT,
				Integer.toString(context.getRequest().serverPort()));
		CallResult result = context.getResult();
		if (result == null) {
			return values;
		}
		String responseId = result.responseId();
		if (responseId != null) {
			values = values.and(GenAiAttributes.RESPONSE_ID, responseId);
		}
		if (!result.finishReasons().isEmpty()) {
			values = values.and(GenAiAttributes.RESPONSE_FINISH_REASONS, String.join(",", result.finishReasons()));
		}
		TokenUsage usage = result.usage();
		if (usage != null) {
			values = values.and(GenAiAttributes.USAGE_INPUT_TOKENS, Long.toString(usage.inputTokens()))
				.and(GenAiAttributes.USAGE_OUTPUT_TOKENS, Long.toString(usage.outputTokens()));
		}
		return values;
	}

	private static String errorType(OpenAIObservationContext context) {
		OpenAIException failure = context.getFailure();
		if (failure != null) {
			return GenAiAttributes.errorType(failure);
		}
		return context.isCancelled() ? "cancelled" : GenAiAttributes.NONE;
	}

}
