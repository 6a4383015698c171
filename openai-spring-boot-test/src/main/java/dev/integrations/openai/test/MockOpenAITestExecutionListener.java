package dev.integrations.openai.test;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * After each test method of a context with a {@link MockOpenAI} (from {@link AutoConfigureMockOpenAI}): fails the test
 * when the server received a request nothing was scripted for, and resets the server for the next test.
 */
final class MockOpenAITestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (!context.containsBean(MockOpenAIContextCustomizer.BEAN_NAME)) {
			return;
		}
		MockOpenAI mock = context.getBean(MockOpenAIContextCustomizer.BEAN_NAME, MockOpenAI.class);
		try {
			mock.verify();
		}
		finally {
			mock.reset();
		}
	}

}
