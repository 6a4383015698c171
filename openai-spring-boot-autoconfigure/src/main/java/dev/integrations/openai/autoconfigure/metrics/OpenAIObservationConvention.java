package dev.integrations.openai.autoconfigure.metrics;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * The {@link ObservationConvention} of OpenAI calls; declare a bean of this type to replace
 * {@link DefaultOpenAIObservationConvention} (for example to add a tag).
 */
public interface OpenAIObservationConvention extends ObservationConvention<OpenAIObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof OpenAIObservationContext;
	}

}
