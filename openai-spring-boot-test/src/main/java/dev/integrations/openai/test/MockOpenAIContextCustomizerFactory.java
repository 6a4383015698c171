package dev.integrations.openai.test;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates the {@link MockOpenAIContextCustomizer} of a test class annotated with {@link AutoConfigureMockOpenAI}
 * (also through an enclosing class of a {@code @Nested} test).
 */
final class MockOpenAIContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureMockOpenAI annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureMockOpenAI.class);
		return (annotation != null) ? new MockOpenAIContextCustomizer(Set.of(annotation.clients())) : null;
	}

}
