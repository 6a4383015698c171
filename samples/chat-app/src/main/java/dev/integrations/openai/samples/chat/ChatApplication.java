package dev.integrations.openai.samples.chat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The chat sample: a page at {@code /} streaming replies of {@link dev.integrations.openai.chat.ChatCompletionService}
 * and charting the client's metrics. Without an API key it runs against the embedded demo backend
 * ({@link dev.integrations.openai.samples.chat.demo.DemoModeConfiguration}).
 */
@SpringBootApplication
@EnableConfigurationProperties(ChatAppProperties.class)
public class ChatApplication {

	/**
	 * Starts the application.
	 * @param args command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(ChatApplication.class, args);
	}

}
