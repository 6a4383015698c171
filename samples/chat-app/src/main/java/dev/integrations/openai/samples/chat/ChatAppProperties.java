package dev.integrations.openai.samples.chat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the chat sample ({@code chat-app.*}); the client itself is configured with {@code openai.*}.
 */
@ConfigurationProperties("chat-app")
public class ChatAppProperties {

	/** Model asked for each reply. */
	private String model = "gpt-4o-mini";

	/** Model asked for each reply by a named client (openai.clients.<name>); the others ask for chat-app.model. */
	private Map<String, String> models = new LinkedHashMap<>();

	/** System message sent before the conversation. */
	private String systemPrompt = "You are a concise, friendly assistant in a Spring Boot sample application.";

	/** Upper bound of the tokens of one reply. */
	private int maxCompletionTokens = 512;

	/** Conversation turns (user and assistant messages) sent with each request, newest kept. */
	private int maxHistory = 20;

	/** Embedded demo backend, used when no API key is configured. */
	private final Demo demo = new Demo();

	public String getModel() {
		return this.model;
	}

	public void setModel(String model) {
		this.model = model;
	}

	public Map<String, String> getModels() {
		return this.models;
	}

	public void setModels(Map<String, String> models) {
		this.models = models;
	}

	public String getSystemPrompt() {
		return this.systemPrompt;
	}

	public void setSystemPrompt(String systemPrompt) {
		this.systemPrompt = systemPrompt;
	}

	public int getMaxCompletionTokens() {
		return this.maxCompletionTokens;
	}

	public void setMaxCompletionTokens(int maxCompletionTokens) {
		this.maxCompletionTokens = maxCompletionTokens;
	}

	public int getMaxHistory() {
		return this.maxHistory;
	}

	public void setMaxHistory(int maxHistory) {
		this.maxHistory = maxHistory;
	}

	public Demo getDemo() {
		return this.demo;
	}

	/**
	 * Pace and behaviour of the embedded demo backend.
	 */
	public static class Demo {

		/** Time before the first chunk of a reply, as a server takes to process the prompt. */
		private Duration firstChunkLatency = Duration.ofMillis(250);

		/** Shortest pause between two streamed tokens. */
		private Duration minTokenDelay = Duration.ofMillis(20);

		/** Longest pause between two streamed tokens. */
		private Duration maxTokenDelay = Duration.ofMillis(40);

		/** Every n-th chat request is answered with a 429 once, so the dashboard shows retries; 0 never. */
		private int rateLimitEvery = 5;

		/** Requests per minute the demo backend reports in its x-ratelimit-* headers. */
		private long requestsPerMinute = 500;

		/** Tokens per minute the demo backend reports in its x-ratelimit-* headers. */
		private long tokensPerMinute = 200_000;

		public Duration getFirstChunkLatency() {
			return this.firstChunkLatency;
		}

		public void setFirstChunkLatency(Duration firstChunkLatency) {
			this.firstChunkLatency = firstChunkLatency;
		}

		public Duration getMinTokenDelay() {
			return this.minTokenDelay;
		}

		public void setMinTokenDelay(Duration minTokenDelay) {
			this.minTokenDelay = minTokenDelay;
		}

		public Duration getMaxTokenDelay() {
			return this.maxTokenDelay;
		}

		public void setMaxTokenDelay(Duration maxTokenDelay) {
			this.maxTokenDelay = maxTokenDelay;
		}

		public int getRateLimitEvery() {
			return this.rateLimitEvery;
		}

		public void setRateLimitEvery(int rateLimitEvery) {
			this.rateLimitEvery = rateLimitEvery;
		}

		public long getRequestsPerMinute() {
			return this.requestsPerMinute;
		}

		public void setRequestsPerMinute(long requestsPerMinute) {
			this.requestsPerMinute = requestsPerMinute;
		}

		public long getTokensPerMinute() {
			return this.tokensPerMinute;
		}

		public void setTokensPerMinute(long tokensPerMinute) {
			this.tokensPerMinute = tokensPerMinute;
		}

	}

}
