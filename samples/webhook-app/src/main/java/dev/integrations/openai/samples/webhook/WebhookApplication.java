package dev.integrations.openai.samples.webhook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Receives OpenAI webhooks at {@code /openai/webhook} once {@code openai.webhook.secret} is set.
 */
@SpringBootApplication
public class WebhookApplication {

	/**
	 * Starts the application.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		SpringApplication.run(WebhookApplication.class, args);
	}

}
