package dev.integrations.openai.samples.chat.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.integrations.openai.samples.chat.ChatAppProperties;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible HTTP server on a random {@code 127.0.0.1} port, serving {@code POST /v1/chat/completions}
 * (whole or streamed as server-sent events, one token every few tens of milliseconds, with the usage chunk when
 * {@code stream_options.include_usage} is set) and {@code GET /v1/models} (for the health check). Replies come
 * from {@link DemoReplies} (follow-up questions as JSON when a {@code json_schema} response format asks for structured
 * output); every response carries {@code x-ratelimit-*} headers from {@link DemoRateLimiter}, and
 * every n-th chat request is refused once with a 429 so the client's retries show on the dashboard.
 */
public final class DemoBackend implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String JSON_TYPE = "application/json";

	private final DisposableServer server;

	private final ChatAppProperties.Demo settings;

	private final DemoRateLimiter rateLimiter;

	private final AtomicLong chatRequests = new AtomicLong();

	private DemoBackend(ChatAppProperties.Demo settings) {
		this.settings = settings;
		this.rateLimiter = new DemoRateLimiter(settings.getRequestsPerMinute(), settings.getTokensPerMinute());
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/v1/chat/completions", this::chatCompletions)
				.get("/v1/models", this::models))
			.bindNow();
	}

	/**
	 * Starts a backend.
	 * @param settings pace and behaviour
	 * @return the running backend; {@link #close()} it
	 */
	public static DemoBackend start(ChatAppProperties.Demo settings) {
		return new DemoBackend(settings);
	}

	/** @return the base URL to configure the client with, such as {@code http://127.0.0.1:40123/v1} */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port() + "/v1";
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	private Publisher<Void> models(HttpServerRequest request, HttpServerResponse response) {
		List<Map<String, Object>> models = DemoReplies.MODELS.stream()
			.map((id) -> Map.<String, Object>of("id", id, "object", "model", "created", 1721172741L, "owned_by",
					"system"))
			.toList();
		return sendJson(withHeaders(response, 0), Map.of("object", "list", "data", models));
	}

	private Publisher<Void> chatCompletions(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			JsonNode json;
			try {
				json = JSON.readTree(body);
			}
			catch (JacksonException ex) {
				return error(response, 400, "invalid_request_error", null, "We could not parse the JSON body.");
			}
			List<String> userMessages = DemoReplies.userMessages(json.path("messages"));
			if (userMessages.isEmpty()) {
				return error(response, 400, "invalid_request_error", "messages",
						"[] is too short - 'messages' must hold at least one user message.");
			}
			int every = this.settings.getRateLimitEvery();
			if (every > 0 && this.chatRequests.incrementAndGet() % every == 0) {
				response.header("retry-after-ms", "200");
				return error(response, 429, "requests", null,
						"Rate limit reached for requests (demo backend). Please try again in 200ms.");
			}
			String model = json.path("model").asString("gpt-4o-mini");
			boolean structured = json.path("response_format").path("type").asString("").equals("json_schema");
			String text = structured ? DemoReplies.followUps(userMessages) : DemoReplies.reply(userMessages);
			Completion completion = new Completion(model, DemoReplies.promptTokens(json.path("messages")),
					DemoReplies.tokens(text));
			withHeaders(response, completion.promptTokens() + completion.tokens().size());
			if (json.path("stream").asBoolean(false)) {
				boolean usage = json.path("stream_options").path("include_usage").asBoolean(false);
				return stream(response, completion, usage).then();
			}
			Duration thinking = this.settings.getFirstChunkLatency()
				.plus(this.settings.getMinTokenDelay().multipliedBy(completion.tokens().size() / 4));
			return Mono.delay(thinking).then(sendJson(response, completion.whole()).then());
		});
	}

	private Mono<Void> stream(HttpServerResponse response, Completion completion, boolean includeUsage) {
		Flux<String> first = Mono.delay(this.settings.getFirstChunkLatency())
			.map((tick) -> completion.chunk(Completion.FIRST_DELTA, null))
			.flux();
		Flux<String> tokens = Flux.fromIterable(completion.tokens())
			.concatMap((token) -> Mono.delay(tokenDelay()).thenReturn(completion.chunk(Map.of("content", token), null)));
		Flux<String> last = Flux.just(completion.chunk(Map.of(), "stop"));
		Flux<String> usage = includeUsage ? Flux.just(completion.usageChunk()) : Flux.empty();
		Flux<String> events = Flux.concat(first, tokens, last, usage)
			.map((data) -> "data: " + data + "\n\n")
			.concatWithValues("data: [DONE]\n\n");
		return response.header("content-type", "text/event-stream; charset=utf-8")
			.header("cache-control", "no-cache")
			.sendString(events, StandardCharsets.UTF_8)
			.then();
	}

	private Duration tokenDelay() {
		long min = this.settings.getMinTokenDelay().toMillis();
		long max = Math.max(min, this.settings.getMaxTokenDelay().toMillis());
		return Duration.ofMillis(ThreadLocalRandom.current().nextLong(min, max + 1));
	}

	private HttpServerResponse withHeaders(HttpServerResponse response, long tokens) {
		DemoRateLimiter.Remaining remaining = this.rateLimiter.acquire(tokens);
		return response.header("x-request-id", "req_" + randomHex(16))
			.header("openai-processing-ms", Long.toString(this.settings.getFirstChunkLatency().toMillis()))
			.header("x-ratelimit-limit-requests", Long.toString(this.settings.getRequestsPerMinute()))
			.header("x-ratelimit-limit-tokens", Long.toString(this.settings.getTokensPerMinute()))
			.header("x-ratelimit-remaining-requests", Long.toString(remaining.requests()))
			.header("x-ratelimit-remaining-tokens", Long.toString(remaining.tokens()))
			.header("x-ratelimit-reset-requests", remaining.resetRequests())
			.header("x-ratelimit-reset-tokens", remaining.resetTokens());
	}

	private static Mono<Void> error(HttpServerResponse response, int status, String type, @Nullable String param,
			String message) {
		Map<String, @Nullable Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("type", type);
		error.put("param", param);
		error.put("code", (status == 429) ? "rate_limit_exceeded" : null);
		return sendJson(response.status(status).header("x-request-id", "req_" + randomHex(16)),
				Map.of("error", error));
	}

	private static Mono<Void> sendJson(HttpServerResponse response, Object body) {
		return response.header("content-type", JSON_TYPE)
			.sendString(Mono.just(JSON.writeValueAsString(body)), StandardCharsets.UTF_8)
			.then();
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	/**
	 * One reply being served: its ID, model, prompt size and tokens, rendered as a completion or as chunks.
	 */
	private record Completion(String id, long created, String model, long promptTokens, List<String> tokens) {

		Completion(String model, long promptTokens, List<String> tokens) {
			this("chatcmpl-" + randomHex(12), Instant.now().getEpochSecond(), model, promptTokens, tokens);
		}

		/** The delta of the first chunk: the role, empty content and no refusal. */
		static final Map<String, @Nullable Object> FIRST_DELTA;

		static {
			Map<String, @Nullable Object> delta = new LinkedHashMap<>();
			delta.put("role", "assistant");
			delta.put("content", "");
			delta.put("refusal", null);
			FIRST_DELTA = Collections.unmodifiableMap(delta);
		}

		String chunk(Map<String, ? extends @Nullable Object> delta, @Nullable String finishReason) {
			Map<String, @Nullable Object> choice = new LinkedHashMap<>();
			choice.put("index", 0);
			choice.put("delta", delta);
			choice.put("logprobs", null);
			choice.put("finish_reason", finishReason);
			return JSON.writeValueAsString(envelope("chat.completion.chunk", List.of(choice)));
		}

		String usageChunk() {
			Map<String, @Nullable Object> chunk = envelope("chat.completion.chunk", List.of());
			chunk.put("usage", usage());
			return JSON.writeValueAsString(chunk);
		}

		Map<String, @Nullable Object> whole() {
			Map<String, @Nullable Object> message = new LinkedHashMap<>();
			message.put("role", "assistant");
			message.put("content", String.join("", this.tokens));
			message.put("refusal", null);
			message.put("annotations", List.of());
			Map<String, @Nullable Object> choice = new LinkedHashMap<>();
			choice.put("index", 0);
			choice.put("message", message);
			choice.put("logprobs", null);
			choice.put("finish_reason", "stop");
			Map<String, @Nullable Object> completion = envelope("chat.completion", List.of(choice));
			completion.put("usage", usage());
			return completion;
		}

		private Map<String, @Nullable Object> envelope(String object, List<Map<String, @Nullable Object>> choices) {
			Map<String, @Nullable Object> envelope = new LinkedHashMap<>();
			envelope.put("id", this.id);
			envelope.put("object", object);
			envelope.put("created", this.created);
			envelope.put("model", this.model);
			envelope.put("service_tier", "default");
			envelope.put("system_fingerprint", "fp_demo0001");
			envelope.put("choices", choices);
			return envelope;
		}

		private Map<String, @Nullable Object> usage() {
			Map<String, @Nullable Object> usage = new LinkedHashMap<>();
			usage.put("prompt_tokens", this.promptTokens);
			usage.put("completion_tokens", this.tokens.size());
			usage.put("total_tokens", this.promptTokens + this.tokens.size());
			usage.put("prompt_tokens_details", Map.of("cached_tokens", 0, "audio_tokens", 0));
			usage.put("completion_tokens_details", Map.of("reasoning_tokens", 0, "audio_tokens", 0,
					"accepted_prediction_tokens", 0, "rejected_prediction_tokens", 0));
			return usage;
		}

	}

}
