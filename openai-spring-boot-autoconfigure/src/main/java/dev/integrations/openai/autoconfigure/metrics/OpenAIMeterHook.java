package dev.integrations.openai.autoconfigure.metrics;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.integrations.openai.autoconfigure.PerClientHook;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.resilience.CallResult;
import dev.integrations.openai.resilience.CircuitState;
import dev.integrations.openai.resilience.RequestContext;
import dev.integrations.openai.resilience.RetryEvent;
import dev.integrations.openai.common.TokenUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A {@link ClientHook} recording OpenAI calls as Micrometer meters: token usage
 * ({@value #TOKEN_USAGE}, OpenTelemetry GenAI convention), outcomes, retries, circuit breaker transitions,
 * rate-limit headroom from {@code x-ratelimit-remaining-*} headers, what the client's rate limiter held back (calls,
 * time waited, estimated and actual tokens), the time to the first chunk of a stream, and the
 * events of Realtime sessions by type (a session itself is a call: operation {@code realtime.session}).
 * Every meter carries the client's name as {@value #CLIENT_NAME} ({@code default} for the top-level client, else the
 * key of {@code openai.clients.<name>}; see {@link #forClient(String)}). Every tag value is bounded: client names
 * from configuration, operation names, model IDs, HTTP statuses and error categories; never prompt text or
 * credentials.
 */
public final class OpenAIMeterHook implements PerClientHook {

	/** The tag of every meter naming the client, such as {@code default} or {@code azure}. */
	public static final String CLIENT_NAME = GenAiAttributes.CLIENT_NAME;

	/** Tokens per call, tagged {@code gen_ai.token.type} = {@code input} or {@code output}. */
	public static final String TOKEN_USAGE = "gen_ai.client.token.usage";

	/** Calls that ended, tagged {@code operation} and {@code outcome}. */
	public static final String CALLS = "openai.client.calls";

	/** Retries, tagged {@code operation} and {@code reason} (HTTP status or error category). */
	public static final String RETRIES = "openai.client.retries";

	/** Circuit breaker state changes, tagged {@code state} (the new state). */
	public static final String CIRCUIT_TRANSITIONS = "openai.client.circuit.transitions";

	/** Requests left in the current rate-limit window, from {@code x-ratelimit-remaining-requests}. */
	public static final String RATE_LIMIT_REMAINING_REQUESTS = "openai.client.ratelimit.remaining.requests";

	/** Tokens left in the current rate-limit window, from {@code x-ratelimit-remaining-tokens}. */
	public static final String RATE_LIMIT_REMAINING_TOKENS = "openai.client.ratelimit.remaining.tokens";

	/**
	 * Calls the rate limiter held back, tagged {@code operation}, {@code gen_ai.request.model} and {@code outcome}
	 * ({@code waited}, or {@code rejected} when it failed before sending).
	 */
	public static final String RATE_LIMIT_THROTTLED = "openai.client.ratelimit.throttled";

	/** Time calls waited for the rate limiter before being sent, tagged like {@value #RATE_LIMIT_THROTTLED}. */
	public static final String RATE_LIMIT_WAIT = "openai.client.ratelimit.wait";

	/**
	 * Tokens of rate-limited calls, tagged {@code type} = {@code estimated} (before sending) or {@code actual} (the
	 * response's usage), so that the two can be compared per model.
	 */
	public static final String RATE_LIMIT_TOKENS = "openai.client.ratelimit.tokens";

	/** Time from the start of a streaming call to its first chunk. */
	public static final String STREAM_TIME_TO_FIRST_CHUNK = "openai.client.stream.time.to.first.chunk";

	/** Events of Realtime sessions, tagged {@code direction} ({@code sent}/{@code received}) and {@code type}. */
	public static final String REALTIME_EVENTS = "openai.client.realtime.events";

	private final MeterRegistry registry;

	private final String clientName;

	/** The views of every client, shared by them all. */
	private final Map<String, OpenAIMeterHook> clients;

	private final Map<String, AtomicLong> rateLimits = new ConcurrentHashMap<>();

	/**
	 * Creates the hook of the {@value PerClientHook#DEFAULT_CLIENT} client.
	 * @param registry the registry the meters go to
	 */
	public OpenAIMeterHook(MeterRegistry registry) {
		this(registry, DEFAULT_CLIENT, new ConcurrentHashMap<>());
		this.clients.put(DEFAULT_CLIENT, this);
	}

	private OpenAIMeterHook(MeterRegistry registry, String clientName, Map<String, OpenAIMeterHook> clients) {
		this.registry = registry;
		this.clientName = clientName;
		this.clients = clients;
	}

	/**
	 * The hook that tags the meters of one client with its name.
	 * @param clientName the client's name, from configuration
	 * @return the same instance for the same name
	 */
	@Override
	public OpenAIMeterHook forClient(String clientName) {
		return this.clients.computeIfAbsent(clientName,
				(name) -> new OpenAIMeterHook(this.registry, name, this.clients));
	}

	@Override
	public void onRetry(RequestContext context, RetryEvent retry) {
		Counter.builder(RETRIES)
			.description("Retries of OpenAI calls")
			.tags(CLIENT_NAME, this.clientName, "operation", context.operation(), "reason", retry.reason())
			.register(this.registry)
			.increment();
	}

	@Override
	public void onThrottled(RequestContext context, Duration delay, boolean rejected) {
		Tags tags = Tags.of(CLIENT_NAME, this.clientName, "operation", context.operation(), GenAiAttributes.REQUEST_MODEL,
				GenAiAttributes.orNone(context.requestModel()));
		Counter.builder(RATE_LIMIT_THROTTLED)
			.description("OpenAI calls the client's rate limiter held back, by outcome: waited or rejected")
			.tags(tags)
			.tag("outcome", rejected ? "rejected" : "waited")
			.register(this.registry)
			.increment();
		if (!rejected) {
			Timer.builder(RATE_LIMIT_WAIT)
				.description("Time OpenAI calls waited for the client's rate limiter before being sent")
				.tags(tags)
				.register(this.registry)
				.record(delay);
		}
	}

	@Override
	public void onFirstStreamEvent(RequestContext context, Duration timeToFirstEvent) {
		Timer.builder(STREAM_TIME_TO_FIRST_CHUNK)
			.description("Time from the start of a streaming OpenAI call to its first chunk")
			.tags(CLIENT_NAME, this.clientName, "operation", context.operation(), GenAiAttributes.REQUEST_MODEL,
					GenAiAttributes.orNone(context.requestModel()))
			.register(this.registry)
			.record(timeToFirstEvent);
	}

	@Override
	public void onSuccess(RequestContext context, CallResult result) {
		countCall(context, "success");
		TokenUsage usage = result.usage();
		if (usage != null) {
			Tags tags = genAiTags(context, result.responseModel());
			recordTokens(tags, "input", usage.inputTokens());
			recordTokens(tags, "output", usage.outputTokens());
			Long estimated = context.estimatedTokens();
			if (estimated != null) {
				recordEstimate(context, "estimated", estimated);
				recordEstimate(context, "actual", usage.inputTokens() + usage.outputTokens());
			}
		}
		recordRateLimit(RATE_LIMIT_REMAINING_REQUESTS, "x-ratelimit-remaining-requests", context, result.headers());
		recordRateLimit(RATE_LIMIT_REMAINING_TOKENS, "x-ratelimit-remaining-tokens", context, result.headers());
	}

	@Override
	public void onFailure(RequestContext context, OpenAIException error, Duration duration) {
		countCall(context, error.category().name().toLowerCase(Locale.ROOT));
	}

	@Override
	public void onCancel(RequestContext context, Duration duration) {
		countCall(context, "cancelled");
	}

	@Override
	public void onRealtimeEventSent(RequestContext context, String type) {
		countRealtimeEvent("sent", type);
	}

	@Override
	public void onRealtimeEventReceived(RequestContext context, String type) {
		countRealtimeEvent("received", type);
	}

	private void countRealtimeEvent(String direction, String type) {
		Counter.builder(REALTIME_EVENTS)
			.description("Events of OpenAI Realtime sessions, by direction and type")
			.tags(CLIENT_NAME, this.clientName, "direction", direction, "type", type)
			.register(this.registry)
			.increment();
	}

	@Override
	public void onCircuitStateChange(CircuitState from, CircuitState to) {
		Counter.builder(CIRCUIT_TRANSITIONS)
			.description("State changes of the OpenAI circuit breaker")
			.tags(CLIENT_NAME, this.clientName, "state", to.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
	}

	private void countCall(RequestContext context, String outcome) {
		Counter.builder(CALLS)
			.description("OpenAI calls that ended, by outcome: success, cancelled or the error category")
			.tags(CLIENT_NAME, this.clientName, "operation", context.operation(), "outcome", outcome)
			.register(this.registry)
			.increment();
	}

	private Tags genAiTags(RequestContext context, @Nullable String responseModel) {
		return Tags.of(CLIENT_NAME, this.clientName, GenAiAttributes.OPERATION_NAME, GenAiAttributes.operationName(context.operation()),
				GenAiAttributes.PROVIDER_NAME, GenAiAttributes.PROVIDER, GenAiAttributes.REQUEST_MODEL,
				GenAiAttributes.orNone(context.requestModel()), GenAiAttributes.RESPONSE_MODEL,
				GenAiAttributes.orNone(responseModel), GenAiAttributes.SERVER_ADDRESS, context.serverAddress());
	}

	private void recordTokens(Tags tags, String type, long tokens) {
		DistributionSummary.builder(TOKEN_USAGE)
			.description("Tokens used per OpenAI call")
			.baseUnit("tokens")
			.tags(tags)
			.tag(GenAiAttributes.TOKEN_TYPE, type)
			.register(this.registry)
			.record(tokens);
	}

	private void recordEstimate(RequestContext context, String type, long tokens) {
		DistributionSummary.builder(RATE_LIMIT_TOKENS)
			.description("Tokens of rate-limited OpenAI calls: estimated before sending, and actual")
			.baseUnit("tokens")
			.tags(CLIENT_NAME, this.clientName, GenAiAttributes.REQUEST_MODEL,
					GenAiAttributes.orNone(context.requestModel()), "type", type)
			.register(this.registry)
			.record(tokens);
	}

	private void recordRateLimit(String name, String header, RequestContext context, HttpHeaders headers) {
		Long remaining = parse(headers.getFirst(header));
		if (remaining == null) {
			return;
		}
		String model = GenAiAttributes.orNone(context.requestModel());
		AtomicLong value = this.rateLimits.computeIfAbsent(name + '\u0000' + model, (key) -> {
			AtomicLong created = new AtomicLong();
			Gauge.builder(name, created, AtomicLong::get)
				.description("Rate-limit headroom reported by the latest OpenAI response")
				.tags(CLIENT_NAME, this.clientName, GenAiAttributes.REQUEST_MODEL, model, GenAiAttributes.SERVER_ADDRESS,
						context.serverAddress())
				.strongReference(true)
				.register(this.registry);
			return created;
		});
		value.set(remaining);
	}

	private static @Nullable Long parse(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
