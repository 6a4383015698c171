package dev.integrations.openai.autoconfigure.metrics;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.integrations.openai.common.Headers;
import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.errors.OpenAIApiException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.resilience.CallResult;
import dev.integrations.openai.resilience.RequestContext;
import dev.integrations.openai.common.TokenUsage;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAIObservationHookTests {

	private final RequestContext chat = new RequestContext("chat.completions.create", "gpt-4o-mini", "api.openai.com",
			443, false, 0);

	@Test
	void successfulCallIsObservedWithGenAiConventions() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		OpenAIObservationHook hook = new OpenAIObservationHook(registry, null);

		hook.onRequestStart(this.chat);
		hook.onSuccess(this.chat, new CallResult(200, new HttpHeaders(), Duration.ofMillis(840), 1,
				"gpt-4o-mini-2024-07-18", new TokenUsage(19, 10)));

		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("gen_ai.client.operation.duration")
			.that()
			.hasContextualNameEqualTo("chat gpt-4o-mini")
			.hasBeenStarted()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("openai.client.name", "default")
			.hasLowCardinalityKeyValue("gen_ai.operation.name", "chat")
			.hasLowCardinalityKeyValue("gen_ai.provider.name", "openai")
			.hasLowCardinalityKeyValue("gen_ai.request.model", "gpt-4o-mini")
			.hasLowCardinalityKeyValue("gen_ai.response.model", "gpt-4o-mini-2024-07-18")
			.hasLowCardinalityKeyValue("error.type", "none")
			.hasLowCardinalityKeyValue("server.address", "api.openai.com")
			.hasHighCardinalityKeyValue("server.port", "443")
			.hasHighCardinalityKeyValue("gen_ai.usage.input_tokens", "19")
			.hasHighCardinalityKeyValue("gen_ai.usage.output_tokens", "10");
	}

	@Test
	void aClientsViewNamesTheClientInItsObservations() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		OpenAIObservationHook hook = new OpenAIObservationHook(registry, null);
		OpenAIObservationHook azure = hook.forClient("azure");
		assertThat(hook.forClient("azure")).isSameAs(azure);

		azure.onRequestStart(this.chat);
		azure.onSuccess(this.chat, new CallResult(200, new HttpHeaders(), Duration.ofMillis(840), 1,
				"gpt-4o-mini-2024-07-18", new TokenUsage(19, 10)));

		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("gen_ai.client.operation.duration")
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("openai.client.name", "azure");
	}

	@Test
	void durationTimerIsRecordedInSecondsWithErrorType() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		OpenAIObservationHook hook = new OpenAIObservationHook(registry, null);

		hook.onRequestStart(this.chat);
		hook.onFailure(this.chat, OpenAIApiException.of(503,
				new ApiError("The server is overloaded.", "server_error", null, null), Headers.EMPTY),
				Duration.ofSeconds(2));
		RequestContext models = new RequestContext("models.list", null, "api.openai.com", 443, false, 0);
		hook.onRequestStart(models);
		hook.onFailure(models, new OpenAIConnectionException("Connection refused: api.openai.com",
						new ConnectException("Connection refused")),
				Duration.ofMillis(30));

		Timer failed = meters.get("gen_ai.client.operation.duration").tag("error.type", "503").timer();
		assertThat(failed.count()).isEqualTo(1);
		assertThat(failed.getId().getTag("gen_ai.operation.name")).isEqualTo("chat");
		assertThat(failed.getId().getTag("gen_ai.response.model")).isEqualTo("none");
		assertThat(failed.baseTimeUnit()).isEqualTo(TimeUnit.SECONDS);
		Timer network = meters.get("gen_ai.client.operation.duration").tag("error.type", "network").timer();
		assertThat(network.getId().getTag("gen_ai.operation.name")).isEqualTo("models.list");
		assertThat(network.getId().getTag("gen_ai.request.model")).isEqualTo("none");
	}

	@Test
	void cancelledCallStopsItsObservationOnce() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		OpenAIObservationHook hook = new OpenAIObservationHook(registry, null);

		hook.onRequestStart(this.chat);
		hook.onCancel(this.chat, Duration.ofMillis(20));
		hook.onCancel(this.chat, Duration.ofMillis(25));

		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsEqualTo(1)
			.hasSingleObservationThat()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("error.type", "cancelled");
	}

	@Test
	void customConventionReplacesTheDefault() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		OpenAIObservationHook hook = new OpenAIObservationHook(registry, new DefaultOpenAIObservationConvention() {
			@Override
			public KeyValues getLowCardinalityKeyValues(OpenAIObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and(KeyValue.of("tenant", "acme"));
			}
		});

		hook.onRequestStart(this.chat);
		hook.onSuccess(this.chat, new CallResult(200, new HttpHeaders(), Duration.ofMillis(5), 1, null, null));

		TestObservationRegistryAssert.assertThat(registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("tenant", "acme");
	}

	@Test
	void noopRegistryCostsNothingAndNeverFails() {
		OpenAIObservationHook hook = new OpenAIObservationHook(ObservationRegistry.NOOP, null);

		hook.onRequestStart(this.chat);
		hook.onSuccess(this.chat, new CallResult(200, new HttpHeaders(), Duration.ofMillis(5), 1, null, null));

		assertThat(this.chat.attributes()).isEmpty();
	}

}
