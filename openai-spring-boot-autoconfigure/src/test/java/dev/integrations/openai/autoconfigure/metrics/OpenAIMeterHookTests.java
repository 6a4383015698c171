package dev.integrations.openai.autoconfigure.metrics;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.integrations.openai.common.Headers;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.resilience.CallResult;
import dev.integrations.openai.resilience.CircuitState;
import dev.integrations.openai.resilience.RequestContext;
import dev.integrations.openai.resilience.RetryEvent;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meter hook driven with the call results the orchestrator reports (no chat service exists on this branch, so
 * token usage comes from a {@link CallResult} such as a chat completion produces).
 */
class OpenAIMeterHookTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final OpenAIMeterHook hook = new OpenAIMeterHook(this.registry);

	private final RequestContext chat = new RequestContext("chat.completions.create", "gpt-4o-mini", "api.openai.com",
			443, false, 0);

	@Test
	void tokenUsageIsRecordedPerTokenTypeWithGenAiTags() {
		this.hook.onSuccess(this.chat, new CallResult(200, new HttpHeaders(), Duration.ofMillis(840), 1,
				"gpt-4o-mini-2024-07-18", new TokenUsage(19, 10)));

		DistributionSummary input = this.registry.get("gen_ai.client.token.usage")
			.tag("gen_ai.token.type", "input")
			.summary();
		DistributionSummary output = this.registry.get("gen_ai.client.token.usage")
			.tag("gen_ai.token.type", "output")
			.summary();
		assertThat(input.totalAmount()).isEqualTo(19);
		assertThat(output.totalAmount()).isEqualTo(10);
		assertThat(input.getId().getBaseUnit()).isEqualTo("tokens");
		assertThat(input.getId().getTags()).extracting(Object::toString)
			.containsExactlyInAnyOrder("tag(openai.client.name=default)", "tag(gen_ai.operation.name=chat)", "tag(gen_ai.provider.name=openai)",
					"tag(gen_ai.request.model=gpt-4o-mini)", "tag(gen_ai.response.model=gpt-4o-mini-2024-07-18)",
					"tag(gen_ai.token.type=input)", "tag(server.address=api.openai.com)");
	}

	@Test
	void aClientsViewTagsItsMetersWithItsNameAndIsTheSameForTheSameName() {
		OpenAIMeterHook azure = this.hook.forClient("azure");
		assertThat(this.hook.forClient("azure")).isSameAs(azure);
		assertThat(this.hook.forClient("default")).isSameAs(this.hook);

		azure.onSuccess(this.chat, new CallResult(200, new HttpHeaders(), Duration.ofMillis(840), 1,
				"gpt-4o-mini-2024-07-18", new TokenUsage(19, 10)));
		this.hook.onCircuitStateChange(CircuitState.CLOSED, CircuitState.OPEN);

		assertThat(this.registry.get("gen_ai.client.token.usage")
			.tags("openai.client.name", "azure", "gen_ai.token.type", "input")
			.summary()
			.totalAmount()).isEqualTo(19);
		assertThat(this.registry.get("openai.client.calls").tag("openai.client.name", "azure").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.find("openai.client.calls").tag("openai.client.name", "default").counter()).isNull();
		assertThat(this.registry.get("openai.client.circuit.transitions")
			.tags("openai.client.name", "default", "state", "open")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void callsWithoutUsageRecordNoTokens() {
		RequestContext models = new RequestContext("models.list", null, "api.openai.com", 443, false, 0);
		this.hook.onSuccess(models, new CallResult(200, new HttpHeaders(), Duration.ofMillis(120), 1, null, null));

		assertThat(this.registry.find("gen_ai.client.token.usage").meters()).isEmpty();
		assertThat(this.registry.get("openai.client.calls").tags("operation", "models.list", "outcome", "success")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void realtimeSessionEventsAreCountedByDirectionAndTypeAndTheSessionTokensByType() {
		RequestContext session = new RequestContext("realtime.session", "gpt-realtime", "api.openai.com", 443, true, 0);
		this.hook.onRealtimeEventSent(session, "input_audio_buffer.append");
		this.hook.onRealtimeEventSent(session, "input_audio_buffer.append");
		this.hook.onRealtimeEventReceived(session, "response.output_audio.delta");
		this.hook.onRealtimeEventReceived(session, "unknown");
		this.hook.onSuccess(session, new CallResult(101, new HttpHeaders(), Duration.ofSeconds(42), 1, "gpt-realtime",
				new TokenUsage(132, 121)));

		assertThat(this.registry.get("openai.client.realtime.events")
			.tags("direction", "sent", "type", "input_audio_buffer.append")
			.counter()
			.count()).isEqualTo(2.0);
		assertThat(this.registry.get("openai.client.realtime.events")
			.tags("direction", "received", "type", "response.output_audio.delta")
			.counter()
			.count()).isEqualTo(1.0);
		assertThat(this.registry.get("openai.client.realtime.events")
			.tags("direction", "received", "type", "unknown")
			.counter()
			.count()).isEqualTo(1.0);
		assertThat(this.registry.get("gen_ai.client.token.usage")
			.tags("gen_ai.token.type", "output", "gen_ai.operation.name", "realtime.session")
			.summary()
			.totalAmount()).isEqualTo(121.0);
	}

	@Test
	void retriesAreCountedByOperationAndReason() {
		this.hook.onRetry(this.chat, new RetryEvent(1, Duration.ofMillis(500), rateLimited()));
		this.hook.onRetry(this.chat, new RetryEvent(2, Duration.ofSeconds(1), rateLimited()));

		assertThat(this.registry.get("openai.client.retries")
			.tags("operation", "chat.completions.create", "reason", "429")
			.counter()
			.count()).isEqualTo(2);
	}

	@Test
	void outcomesAreCountedBySuccessErrorCategoryAndCancellation() {
		this.hook.onFailure(this.chat, rateLimited(), Duration.ofSeconds(3));
		this.hook.onCancel(this.chat, Duration.ofMillis(50));

		assertThat(this.registry.get("openai.client.calls").tag("outcome", "rate_limit").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get("openai.client.calls").tag("outcome", "cancelled").counter().count())
			.isEqualTo(1);
	}

	@Test
	void rateLimitHeadersBecomeGaugesOfTheLatestValue() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("x-ratelimit-remaining-requests", "4999");
		headers.set("x-ratelimit-remaining-tokens", "159981");
		this.hook.onSuccess(this.chat, new CallResult(200, headers, Duration.ofMillis(700), 1, null, null));
		headers.set("x-ratelimit-remaining-requests", "4998");
		this.hook.onSuccess(this.chat, new CallResult(200, headers, Duration.ofMillis(700), 1, null, null));

		assertThat(this.registry.get("openai.client.ratelimit.remaining.requests")
			.tags("gen_ai.request.model", "gpt-4o-mini", "server.address", "api.openai.com")
			.gauge()
			.value()).isEqualTo(4998);
		assertThat(this.registry.get("openai.client.ratelimit.remaining.tokens").gauge().value()).isEqualTo(159981);
	}

	@Test
	void unparseableRateLimitHeaderIsIgnored() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("x-ratelimit-remaining-requests", "many");
		this.hook.onSuccess(this.chat, new CallResult(200, headers, Duration.ofMillis(700), 1, null, null));

		assertThat(this.registry.find("openai.client.ratelimit.remaining.requests").meters()).isEmpty();
	}

	@Test
	void timeToFirstChunkIsTimedForStreams() {
		RequestContext stream = new RequestContext("chat.completions.create", "gpt-4o-mini", "api.openai.com", 443,
				true, 0);
		this.hook.onFirstStreamEvent(stream, Duration.ofMillis(310));

		assertThat(this.registry.get("openai.client.stream.time.to.first.chunk")
			.tag("operation", "chat.completions.create")
			.timer()
			.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(310);
	}

	@Test
	void circuitTransitionsAreCountedByNewState() {
		this.hook.onCircuitStateChange(CircuitState.CLOSED, CircuitState.OPEN);

		assertThat(this.registry.get("openai.client.circuit.transitions").tag("state", "open").counter().count())
			.isEqualTo(1);
	}

	@Test
	void noTagCarriesPromptTextOrTheKey() {
		this.hook.onSuccess(this.chat, new CallResult(200, new HttpHeaders(), Duration.ofMillis(840), 1,
				"gpt-4o-mini-2024-07-18", new TokenUsage(19, 10)));
		this.hook.onRetry(this.chat, new RetryEvent(1, Duration.ofMillis(500), rateLimited()));

		for (Meter meter : this.registry.getMeters()) {
			assertThat(meter.getId().getTags()).allSatisfy((tag) -> assertThat(tag.getValue()).doesNotContain("sk-")
				.hasSizeLessThan(64));
		}
	}

	private static OpenAIApiException rateLimited() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("x-request-id", "req_7f3a");
		return OpenAIApiException.of(429,
				new ApiError("Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 500, Used 500.",
						"requests", "rate_limit_exceeded", null),
				Headers.of(headers.asMultiValueMap()));
	}

}
