package dev.integrations.openai.reliability;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.models.Model;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Overload is bounded: with every pooled connection held by a slow server, a call waits for one at most
 * {@code pendingAcquireTimeout} (then fails with a retryable timeout), and at most {@code maxPendingAcquires} calls
 * wait at all (one more fails at once).
 */
class PoolOverloadTest extends ReliabilitySupport {

	private static final String MODEL_JSON = """
			{"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}""";

	/** Holds every response until the test lets them go. */
	private final Sinks.Empty<Void> release = Sinks.empty();

	@AfterEach
	void releaseHeldResponses() {
		this.release.tryEmitEmpty();
	}

	private OpenAIClient client(OpenAIConfig.Builder config) {
		String url = stub((request, response) -> this.release.asMono()
			.then(response.header("Content-Type", "application/json").sendString(Mono.just(MODEL_JSON)).then()));
		return client(config.baseUrl(url)
			.maxConnections(1)
			.responseTimeout(Duration.ofSeconds(30))
			.retry(RetrySettings.NONE)
			.build());
	}

	/** Starts a call that takes the only connection and waits until the server holds it. */
	private CompletableFuture<Model> holdTheOnlyConnection(OpenAIClient client) {
		CompletableFuture<Model> holder = client.models().retrieveAsync("gpt-4o-mini").toFuture();
		await("the server holds the first call").atMost(Duration.ofSeconds(10)).untilAtomic(this.stubRequests,
				org.hamcrest.Matchers.equalTo(1));
		return holder;
	}

	@Test
	void aCallWaitingLongerThanThePendingAcquireTimeoutFailsWithARetryableTimeout() throws Exception {
		OpenAIClient client = client(config(wireMockUrl()).pendingAcquireTimeout(Duration.ofMillis(200)));
		CompletableFuture<Model> holder = holdTheOnlyConnection(client);

		Outcome waiting = run(() -> client.models().retrieve("gpt-4o-mini"));

		assertThat(waiting.failure()).isInstanceOfSatisfying(OpenAITimeoutException.class, (timeout) -> {
			assertThat(timeout.isRetryable()).isTrue();
			assertThat(timeout).hasMessageContaining("pendingAcquireTimeout");
		});
		assertThat(waiting.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofSeconds(10));
		assertThat(this.stubRequests).hasValue(1);
		this.release.tryEmitEmpty();
		assertThat(holder.get(10, TimeUnit.SECONDS).id()).isEqualTo("gpt-4o-mini");
		assertPoolDrained(client);
	}

	@Test
	void aCallBeyondMaxPendingAcquiresFailsAtOnceAndTheOthersComplete() throws Exception {
		OpenAIClient client = client(config(wireMockUrl()).maxPendingAcquires(1)
			.pendingAcquireTimeout(Duration.ofSeconds(30)));
		CompletableFuture<Model> holder = holdTheOnlyConnection(client);
		CompletableFuture<Model> waiting = client.models().retrieveAsync("gpt-4o-mini").toFuture();
		await("one call waits for the connection").atMost(Duration.ofSeconds(10))
			.until(() -> poolStats(client).pending() == 1);

		Outcome refused = run(() -> client.models().retrieve("gpt-4o-mini"));

		assertThat(refused.failure()).isInstanceOfSatisfying(OpenAIConnectionException.class,
				(ex) -> assertThat(ex).hasMessageContaining("maxPendingAcquires"));
		assertThat(refused.elapsed()).isLessThan(Duration.ofSeconds(10));
		assertThat(waiting).isNotDone();
		this.release.tryEmitEmpty();
		assertThat(holder.get(10, TimeUnit.SECONDS).id()).isEqualTo("gpt-4o-mini");
		assertThat(waiting.get(10, TimeUnit.SECONDS).id()).isEqualTo("gpt-4o-mini");
		assertThat(this.stubRequests).hasValue(2);
		assertPoolDrained(client);
	}

	@Test
	void thePendingBoundDefaultsToTwiceTheConnectionsAndTheTimeoutToTenSeconds() {
		OpenAIConfig config = OpenAIConfig.builder().maxConnections(50).build();

		assertThat(config.maxPendingAcquires()).isEqualTo(100);
		assertThat(config.pendingAcquireTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(config.toBuilder().maxConnections(7).build().maxPendingAcquires()).isEqualTo(14);
		assertThat(config.toBuilder().maxPendingAcquires(3).build().maxPendingAcquires()).isEqualTo(3);
		assertThatThrownBy(() -> OpenAIConfig.builder().maxPendingAcquires(0))
			.hasMessage("maxPendingAcquires must be >= 1, was 0");
		assertThatThrownBy(() -> OpenAIConfig.builder().pendingAcquireTimeout(Duration.ZERO))
			.hasMessageContaining("pendingAcquireTimeout");
	}

}
