package dev.integrations.openai.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * An OpenAI-compatible stub that enforces requests and tokens per minute per API key as OpenAI does: a request over
 * either limit gets a 429 {@code rate_limit_exceeded} error with {@code retry-after} and {@code retry-after-ms}, and
 * every answer carries the {@code x-ratelimit-limit-*}, {@code x-ratelimit-remaining-*} and
 * {@code x-ratelimit-reset-*} headers. A request costs 1 request and its tokens estimated at arrival (one per 4
 * characters of message content, plus {@code max_completion_tokens}). Admitted requests are answered after a fixed
 * latency. {@code GET /stats?from=<epoch ms>&to=<epoch ms>} counts the answers by arrival time:
 * {@code ok=<200s> limited=<429s>}.
 * <p>
 * Arguments: port, requests per minute, tokens per minute, latency in milliseconds.
 */
public final class RateLimitedStubServer {

	private static final Pattern CONTENT = Pattern.compile("\"content\":\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern MAX_TOKENS = Pattern.compile("\"max_completion_tokens\":(\\d+)");

	private static final int SLOT_MILLIS = 100;

	private static final int SLOTS = 36_000;

	private static final byte[] COMPLETION = CannedResponses.completion().getBytes(StandardCharsets.UTF_8);

	private final Map<String, KeyBudget> budgets = new ConcurrentHashMap<>();

	private final AtomicLongArray ok = new AtomicLongArray(SLOTS);

	private final AtomicLongArray limited = new AtomicLongArray(SLOTS);

	private final long startMillis = System.currentTimeMillis();

	private final long requestsPerMinute;

	private final long tokensPerMinute;

	private final Duration latency;

	private RateLimitedStubServer(long requestsPerMinute, long tokensPerMinute, Duration latency) {
		this.requestsPerMinute = requestsPerMinute;
		this.tokensPerMinute = tokensPerMinute;
		this.latency = latency;
	}

	/**
	 * Starts the stub on 127.0.0.1.
	 * @param args port, requests per minute, tokens per minute, latency in milliseconds
	 */
	public static void main(String[] args) {
		int port = Integer.parseInt(args[0]);
		RateLimitedStubServer stub = new RateLimitedStubServer(Long.parseLong(args[1]), Long.parseLong(args[2]),
				Duration.ofMillis(Long.parseLong(args[3])));
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(port)
			.route((routes) -> routes.post("/v1/chat/completions", stub::chat).get("/stats", stub::stats))
			.bindNow();
		System.out.println("STUB READY " + server.port());
		server.onDispose().block();
	}

	private Mono<Void> chat(HttpServerRequest request, HttpServerResponse response) {
		String key = String.valueOf(request.requestHeaders().get("Authorization"));
		return request.receive().aggregate().asString().defaultIfEmpty("").flatMap((body) -> {
			long now = System.nanoTime();
			KeyBudget.Decision decision = this.budgets
				.computeIfAbsent(key, (ignored) -> new KeyBudget(this.requestsPerMinute, this.tokensPerMinute, now))
				.admit(cost(body), now);
			int slot = (int) Math.min(SLOTS - 1, (System.currentTimeMillis() - this.startMillis) / SLOT_MILLIS);
			(decision.admitted() ? this.ok : this.limited).incrementAndGet(slot);
			response.header("Content-Type", "application/json")
				.header("x-request-id", "req_fleet")
				.header("x-ratelimit-limit-requests", Long.toString(decision.limitRequests()))
				.header("x-ratelimit-remaining-requests", Long.toString(decision.remainingRequests()))
				.header("x-ratelimit-reset-requests", millis(decision.resetRequestsNanos()))
				.header("x-ratelimit-limit-tokens", Long.toString(decision.limitTokens()))
				.header("x-ratelimit-remaining-tokens", Long.toString(decision.remainingTokens()))
				.header("x-ratelimit-reset-tokens", millis(decision.resetTokensNanos()));
			if (!decision.admitted()) {
				long retryMillis = Math.max(1, (decision.retryAfterNanos() + 999_999) / 1_000_000);
				return response.status(HttpResponseStatus.TOO_MANY_REQUESTS)
					.header("retry-after", Long.toString((retryMillis + 999) / 1000))
					.header("retry-after-ms", Long.toString(retryMillis))
					.sendString(Mono.just("{\"error\":{\"message\":\"Rate limit reached for gpt-4o on requests per "
							+ "min (RPM): Limit " + decision.limitRequests() + ". Please try again in " + retryMillis
							+ "ms.\",\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}"))
					.then();
			}
			return Mono.delay(this.latency)
				.then(response.send(Mono.just(Unpooled.wrappedBuffer(COMPLETION))).then());
		});
	}

	private Mono<Void> stats(HttpServerRequest request, HttpServerResponse response) {
		Map<String, String> query = new ConcurrentHashMap<>();
		String uri = request.uri();
		if (uri.contains("?")) {
			for (String pair : uri.substring(uri.indexOf('?') + 1).split("&")) {
				String[] parts = pair.split("=", 2);
				query.put(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		int from = slot(Long.parseLong(query.getOrDefault("from", "0")));
		int to = slot(Long.parseLong(query.getOrDefault("to", Long.toString(Long.MAX_VALUE / 2))));
		long admitted = 0;
		long refused = 0;
		for (int i = from; i < to; i++) {
			admitted += this.ok.get(i);
			refused += this.limited.get(i);
		}
		return response.sendString(Mono.just("ok=" + admitted + " limited=" + refused)).then();
	}

	private int slot(long epochMillis) {
		return (int) Math.max(0, Math.min(SLOTS, (epochMillis - this.startMillis) / SLOT_MILLIS));
	}

	private static long cost(String body) {
		long characters = 0;
		Matcher content = CONTENT.matcher(body);
		while (content.find()) {
			characters += content.group(1).length();
		}
		Matcher max = MAX_TOKENS.matcher(body);
		return (characters + 3) / 4 + (max.find() ? Long.parseLong(max.group(1)) : 0);
	}

	private static String millis(long nanos) {
		return (nanos / 1_000_000) + "ms";
	}

}
