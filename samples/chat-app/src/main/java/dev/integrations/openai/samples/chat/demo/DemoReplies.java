package dev.integrations.openai.samples.chat.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the demo backend says: a reply chosen from the topic of the latest user message, split into tokens the
 * way a model streams them (a word with its leading space, punctuation apart), follow-up questions as structured
 * output, and rough token counts.
 */
final class DemoReplies {

	/** The models {@code GET /v1/models} lists. */
	static final List<String> MODELS = List.of("gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "text-embedding-3-small");

	private static final Pattern TOKEN = Pattern.compile("\\s*[\\p{L}\\p{N}'’]+|\\s*[^\\s\\p{L}\\p{N}]|\\s+");

	private static final List<Topic> TOPICS = List.of(
			new Topic(List.of("hello", "hi", "hey", "bonjour", "hallo"),
					"Hello! I am the demo backend embedded in this sample, so no request leaves your machine. "
							+ "Ask me about streaming, retries, metrics or the starter's properties, and watch the "
							+ "dashboard on the right move as each reply streams in."),
			new Topic(List.of("retry", "retries", "circuit", "breaker", "429", "resilience", "error"),
					"Every call goes through the client's resilience orchestrator. Retryable failures (408, 409, "
							+ "429, 5xx, connection errors and timeouts) are retried with exponential back-off and "
							+ "jitter, honouring retry-after headers. After ten consecutive failures the circuit "
							+ "breaker opens and fails calls fast for thirty seconds. In demo mode every fifth request "
							+ "is answered with a 429 once, so the retries chart is never flat."),
			new Topic(List.of("metric", "metrics", "dashboard", "grafana", "prometheus", "micrometer", "chart"),
					"The starter records gen_ai.client.operation.duration and gen_ai.client.token.usage, following "
							+ "the OpenTelemetry GenAI conventions, plus openai.client.calls, retries, circuit "
							+ "breaker state, rate-limit headroom and the time to the first chunk of a stream. This "
							+ "page polls them once a second; the Grafana dashboard under samples/grafana charts the "
							+ "same series from /actuator/prometheus."),
			new Topic(List.of("stream", "streaming", "sse", "token", "tokens", "flux"),
					"This reply is streamed: the controller calls ChatCompletionService.stream, which returns a "
							+ "Flux of chunks, and forwards each text delta to the browser as a server-sent event. "
							+ "The demo backend paces its tokens twenty to forty milliseconds apart, about as fast as "
							+ "a small hosted model."),
			new Topic(List.of("property", "properties", "config", "configuration", "yaml", "key", "starter"),
					"Add openai-spring-boot-starter, set openai.api-key (or the OPENAI_API_KEY environment "
							+ "variable), and inject ChatCompletionService. Timeouts, retries, the circuit breaker, the "
							+ "health check and each service bean are tuned under openai.*, and every property shows "
							+ "up with its default in your IDE."));

	private static final List<String> GENERAL = List.of(
			"That is a good question. I am only the demo backend, so I cannot really answer it, but I can show "
					+ "you what a streamed reply looks like: each word arrives as its own chunk, the latency and "
					+ "token charts update as it completes, and the health indicator keeps reporting UP. Set "
					+ "OPENAI_API_KEY and restart the sample to ask a real model.",
			"Here is a plausible answer, streamed token by token from the embedded demo backend. The client "
					+ "under this page is the same one your application would use against api.openai.com: same "
					+ "retries, same metrics, same health check. Only the base URL differs, and the demo mode "
					+ "sets it for you when no API key is configured.",
			"Let me think about that. In a real deployment this request would reach OpenAI with your key, "
					+ "observed by Micrometer and guarded by a circuit breaker. Here it reaches a small Reactor "
					+ "Netty server inside the same process, which answers in the OpenAI wire format so the whole "
					+ "path can be tried without an account.");

	private static final List<String> FOLLOW_UPS = List.of("How does the client retry a 429?",
			"Which metrics does the starter record?", "How is this reply streamed to the page?",
			"Which properties configure the starter?", "What does the health check call?");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DemoReplies() {
	}

	/**
	 * The structured answer to a request for follow-up questions ({@code response_format} {@code json_schema}):
	 * three of the questions the demo can answer, as the JSON {@code {"questions": [...]}}.
	 * @param userMessages the text of the user messages, oldest first; not empty
	 * @return the JSON text
	 */
	static String followUps(List<String> userMessages) {
		int from = Math.floorMod(String.join("", userMessages).hashCode(), FOLLOW_UPS.size());
		List<String> questions = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			questions.add(FOLLOW_UPS.get((from + i) % FOLLOW_UPS.size()));
		}
		return JSON.writeValueAsString(Map.of("questions", questions));
	}

	/**
	 * Picks the reply to the conversation.
	 * @param userMessages the text of the user messages, oldest first; not empty
	 * @return the reply text
	 */
	static String reply(List<String> userMessages) {
		String latest = userMessages.get(userMessages.size() - 1);
		List<String> words = tokens(latest.toLowerCase(Locale.ROOT)).stream().map(String::strip).toList();
		for (Topic topic : TOPICS) {
			if (topic.keywords().stream().anyMatch(words::contains)) {
				return topic.reply();
			}
		}
		return GENERAL.get(Math.floorMod(latest.hashCode() + userMessages.size(), GENERAL.size()));
	}

	/**
	 * Splits text into model-like tokens that concatenate back to it.
	 * @param text the text
	 * @return the tokens
	 */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/**
	 * The text of the user messages of a request's {@code messages} array; a content given as parts contributes
	 * its text parts.
	 * @param messages the {@code messages} node
	 * @return the texts, oldest first
	 */
	static List<String> userMessages(JsonNode messages) {
		List<String> texts = new ArrayList<>();
		for (JsonNode message : messages.values()) {
			if ("user".equals(message.path("role").asString(""))) {
				String text = text(message.path("content"));
				if (!text.isBlank()) {
					texts.add(text);
				}
			}
		}
		return texts;
	}

	/**
	 * Counts the prompt tokens of a request roughly: its tokens plus four per message, as chat formatting adds.
	 * @param messages the {@code messages} node
	 * @return the token count
	 */
	static long promptTokens(JsonNode messages) {
		long count = 0;
		for (JsonNode message : messages.values()) {
			count += 4 + tokens(text(message.path("content"))).size();
		}
		return count;
	}

	private static String text(JsonNode content) {
		if (content.isString()) {
			return content.asString();
		}
		StringBuilder text = new StringBuilder();
		for (JsonNode part : content.values()) {
			if ("text".equals(part.path("type").asString(""))) {
				text.append(part.path("text").asString(""));
			}
		}
		return text.toString();
	}

	private record Topic(List<String> keywords, String reply) {
	}

}
