package dev.integrations.openai.samples.webhook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook endpoint on the reactive stack (Netty, WebFlux); the listeners run off the event loop.
 */
@SpringBootTest(classes = { WebhookApplication.class, WebhookDeliveryTests.RecordingListener.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "openai.api-key=sk-test-0123456789",
				"openai.webhook.secret=" + WebhookDeliveryTests.SECRET })
class ReactiveWebhookDeliveryTests extends WebhookDeliveryTests {

	@Autowired
	ApplicationContext context;

	@Test
	void runsOnTheReactiveStack() {
		assertThat(this.context).isInstanceOf(ReactiveWebServerApplicationContext.class);
	}

	@Test
	void listenersRunOnTheBoundedElasticSchedulerNotOnAnEventLoop() throws Exception {
		assertThat(deliver(webhookId(), event("batch.completed", "batch_abc123"), true).statusCode()).isEqualTo(200);
		assertThat(this.recordingListener.threads()).isNotEmpty().allSatisfy((thread) -> assertThat(thread)
			.startsWith("boundedElastic-"));
	}

}
