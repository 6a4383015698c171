package dev.integrations.openai.client;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * The environment variables an {@link OpenAIConfig} reads: {@code OPENAI_BASE_URL}, {@code OPENAI_API_KEY},
 * {@code OPENAI_ORG_ID} and {@code OPENAI_PROJECT_ID}. A variable that is not set or blank leaves the default;
 * values are trimmed and validated by the builder like any other setting.
 */
final class ConfigEnvironment {

	private ConfigEnvironment() {
	}

	/**
	 * Sets what the environment sets.
	 * @param builder the builder to fill
	 * @param env reads one variable, {@code null} when it is not set
	 * @return the builder
	 */
	static OpenAIConfig.Builder read(OpenAIConfig.Builder builder, UnaryOperator<@Nullable String> env) {
		ifSet(env.apply("OPENAI_BASE_URL"), builder::baseUrl);
		ifSet(env.apply("OPENAI_API_KEY"), builder::apiKey);
		ifSet(env.apply("OPENAI_ORG_ID"), builder::organization);
		ifSet(env.apply("OPENAI_PROJECT_ID"), builder::project);
		return builder;
	}

	private static void ifSet(@Nullable String value, Consumer<String> setter) {
		if (value != null && !value.isBlank()) {
			setter.accept(value.trim());
		}
	}

}
