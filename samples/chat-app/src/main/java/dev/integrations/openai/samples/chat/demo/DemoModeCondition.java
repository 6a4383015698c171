package dev.integrations.openai.samples.chat.demo;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the application has nowhere real to send calls: no API key ({@code openai.api-key}, which also
 * binds from {@code OPENAI_API_KEY}) and no {@code openai.base-url} of its own (an OpenAI-compatible server that
 * needs no key).
 */
class DemoModeCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("openai.api-key"))) {
			return ConditionOutcome.noMatch("openai.api-key (or OPENAI_API_KEY) is set");
		}
		if (StringUtils.hasText(environment.getProperty("openai.base-url"))) {
			return ConditionOutcome.noMatch("openai.base-url is set");
		}
		return ConditionOutcome.match("neither openai.api-key (OPENAI_API_KEY) nor openai.base-url is set");
	}

}
