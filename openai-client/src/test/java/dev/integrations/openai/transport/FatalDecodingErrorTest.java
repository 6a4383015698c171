package dev.integrations.openai.transport;

import java.time.Duration;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A JVM-fatal error while decoding (which Reactor rethrows instead of signalling) must not hang a call: the
 * response timeout still bounds it.
 */
class FatalDecodingErrorTest extends WireMockSupport {

	@JsonDeserialize(using = Exploding.Deserializer.class)
	record Exploding(String id) {

		static final class Deserializer extends ValueDeserializer<Exploding> {

			@Override
			public Exploding deserialize(JsonParser parser, DeserializationContext context) {
				throw new StackOverflowError("simulated runaway recursion in a deserializer");
			}

		}

	}

	@Test
	@org.junit.jupiter.api.Timeout(15)
	void aFatalErrorInDecodingEndsInTheResponseTimeoutInsteadOfHanging() {
		this.server.stubFor(get("/v1/models/x").willReturn(okJson("{\"id\":\"x\"}")));
		var config = configBuilder().responseTimeout(Duration.ofMillis(500)).retry(RetrySettings.NONE).build();
		ApiExecutor executor = newExecutor(config, ResilienceOrchestrator.builder().retry(config.retry()).build());

		long start = System.nanoTime();
		assertThatThrownBy(() -> executor.blocking(ApiRequest.get("/models/x").build(), Exploding.class))
			.isInstanceOf(OpenAITimeoutException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

}
