package dev.integrations.openai.samples.webhook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook endpoint on the servlet stack (Tomcat, WebMvc.fn).
 */
@SpringBootTest(classes = { WebhookApplication.class, WebhookDeliveryTests.RecordingListener.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "openai.api-key=sk-test-0123456789",
				"openai.webhook.secret=" + WebhookDeliveryTests.SECRET })
class ServletWebhookDeliveryTests extends WebhookDeliveryTests {

	@Autowired
	ApplicationContext context;

	@Test
	void runsOnTheServletStack() {
		assertThat(this.context).isInstanceOf(WebApplicationContext.class);
	}

}
