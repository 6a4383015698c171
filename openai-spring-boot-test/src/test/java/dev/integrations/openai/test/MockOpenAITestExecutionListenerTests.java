package dev.integrations.openai.test;

import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.embeddings.EmbeddingRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The listener that verifies and resets the {@link MockOpenAI} of a Spring test context after each test method.
 */
class MockOpenAITestExecutionListenerTests {

	private final MockOpenAI server = MockOpenAI.start();

	private final MockOpenAITestExecutionListener listener = new MockOpenAITestExecutionListener();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void failsTheTestThatMadeAnUnscriptedRequestAndResetsTheServer() {
		try (OpenAIClient client = OpenAIClient.builder().config(this.server.configBuilder().build()).build()) {
			catchThrowable(() -> client.embeddings().create(EmbeddingRequest.of("text-embedding-3-small", "x")));
		}

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.listener.afterTestMethod(testContextWith(this.server)))
			.withMessageContaining("POST /v1/embeddings");
		assertThat(this.server.unscriptedRequests()).isEmpty();
		assertThat(this.server.embeddings().requestCount()).isZero();
	}

	@Test
	void passesAndResetsAfterATestThatOnlyMadeScriptedRequests() throws Exception {
		this.server.chat().replyWith("Scripted");
		try (OpenAIClient client = OpenAIClient.builder().config(this.server.configBuilder().build()).build()) {
			client.chatCompletions()
				.create(ChatCompletionRequest.builder().model("gpt-4o-mini").addUserMessage("Hi").build());
		}
		assertThat(this.server.chat().requestCount()).isOne();

		this.listener.afterTestMethod(testContextWith(this.server));

		assertThat(this.server.chat().requestCount()).isZero();
	}

	@Test
	void isRegisteredWithTheSpringTestContextFramework() {
		// Skips the listeners of other libraries that need what this module's class path lacks (the Servlet API).
		SpringFactoriesLoader.FailureHandler skip = SpringFactoriesLoader.FailureHandler
			.handleMessage((message, failure) -> {
			});
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(TestExecutionListener.class, skip))
			.hasAtLeastOneElementOfType(MockOpenAITestExecutionListener.class);
	}

	@Test
	void ignoresAContextWithoutTheServer() throws Exception {
		TestContext testContext = mock(TestContext.class);
		given(testContext.hasApplicationContext()).willReturn(true);
		given(testContext.getApplicationContext()).willReturn(new StaticApplicationContext());

		this.listener.afterTestMethod(testContext);
	}

	private static TestContext testContextWith(MockOpenAI server) {
		StaticApplicationContext context = new StaticApplicationContext();
		context.getBeanFactory().registerSingleton(MockOpenAIContextCustomizer.BEAN_NAME, server);
		TestContext testContext = mock(TestContext.class);
		given(testContext.hasApplicationContext()).willReturn(true);
		given(testContext.getApplicationContext()).willReturn(context);
		return testContext;
	}

}
