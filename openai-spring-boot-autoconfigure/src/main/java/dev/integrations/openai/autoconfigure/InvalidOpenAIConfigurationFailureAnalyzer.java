package dev.integrations.openai.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@link InvalidOpenAIConfigurationException} at startup as a description and an action instead of a
 * stack trace. Registered in {@code META-INF/spring.factories}.
 */
class InvalidOpenAIConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidOpenAIConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidOpenAIConfigurationException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
