package dev.integrations.openai.responses;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.OpenAITimeoutException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseBackgroundTest extends WireMockSupport {

	private static final String ID = "resp_68b5f3c2d4e48190a1b2c3d4e5f60718";

	private final List<Duration> sleeps = new ArrayList<>();

	private static String response(String status) {
		String output = "completed".equals(status) ? """
				[{"type": "message", "id": "msg_68b5f3", "status": "completed", "role": "assistant",
				  "content": [{"type": "output_text", "text": "The report is ready.", "annotations": []}]}]""" : "[]";
		return """
				{"id": "%s", "object": "response", "created_at": 1756755906, "status": "%s", "background": true,
				 "model": "o3-deep-research-2025-06-26", "output": %s}
				""".formatted(ID, status, output);
	}

	/** A clock that advances by each sleep, so that polling never really waits. */
	private ResponsePolling fakeTime(Duration interval, Duration timeout) {
		Instant start = Instant.parse("2025-09-01T19:45:06Z");
		Clock clock = new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return start.plus(ResponseBackgroundTest.this.sleeps.stream().reduce(Duration.ZERO, Duration::plus));
			}
		};
		return ResponsePolling.of(interval, timeout).with(clock, this.sleeps::add);
	}

	private void stubStatuses(String... statuses) {
		String state = Scenario.STARTED;
		for (int i = 0; i < statuses.length; i++) {
			String next = "poll-" + (i + 1);
			this.server.stubFor(get("/v1/responses/" + ID).inScenario("polling")
				.whenScenarioStateIs(state)
				.willReturn(okJson(response(statuses[i])))
				.willSetStateTo(next));
			state = next;
		}
	}

	@Test
	void createAndAwaitCreatesInBackgroundAndPollsUntilCompleted() {
		this.server.stubFor(post("/v1/responses").willReturn(okJson(response("queued"))));
		stubStatuses("queued", "in_progress", "completed");

		Response response = this.client.responses()
			.createAndAwait(ResponseRequest.builder()
				.model("o3-deep-research")
				.input("Research the economic impact of semaglutide on global healthcare systems.")
				.addTools(ResponseTool.webSearch())
				.build(), fakeTime(Duration.ofSeconds(2), Duration.ofMinutes(5)));

		assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
		assertThat(response.outputText()).isEqualTo("The report is ready.");
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model": "o3-deep-research", "background": true, "tools": [{"type": "web_search"}],
				 "input": "Research the economic impact of semaglutide on global healthcare systems."}
				""", false, false)));
		this.server.verify(3, getRequestedFor(urlEqualTo("/v1/responses/" + ID)));
	}

	@Test
	void awaitCompletionStopsAtEveryTerminalStatus() {
		stubStatuses("in_progress", "failed");

		Response response = this.client.responses().awaitCompletion(ID, fakeTime(Duration.ofSeconds(1), Duration.ofMinutes(1)));

		assertThat(response.status()).isEqualTo(ResponseStatus.FAILED);
		assertThat(this.sleeps).hasSize(1);
	}

	@Test
	void awaitCompletionGivesUpAtTheTimeoutWithoutSleepingPastIt() {
		this.server.stubFor(get("/v1/responses/" + ID).willReturn(okJson(response("in_progress"))));

		assertThatThrownBy(() -> this.client.responses()
			.awaitCompletion(ID, fakeTime(Duration.ofSeconds(4), Duration.ofSeconds(10))))
			.isInstanceOf(OpenAITimeoutException.class)
			.hasMessage("Response " + ID + " is still in_progress after PT10S");
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(2));
	}

	@Test
	void unknownStatusIsNotTerminal() {
		stubStatuses("summarizing", "completed");

		Response response = this.client.responses().awaitCompletion(ID, fakeTime(Duration.ofSeconds(1), Duration.ofMinutes(1)));

		assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
		assertThat(this.sleeps).hasSize(1);
	}

	@Test
	void awaitCompletionAsyncPollsReactively() {
		stubStatuses("queued", "in_progress", "incomplete");

		StepVerifier.create(this.client.responses()
			.awaitCompletionAsync(ID, ResponsePolling.of(Duration.ofMillis(5), Duration.ofSeconds(10))))
			.assertNext((response) -> assertThat(response.status()).isEqualTo(ResponseStatus.INCOMPLETE))
			.verifyComplete();
		this.server.verify(3, getRequestedFor(urlEqualTo("/v1/responses/" + ID)));
	}

	@Test
	void awaitCompletionAsyncTimesOut() {
		this.server.stubFor(get("/v1/responses/" + ID).willReturn(okJson(response("queued"))));

		StepVerifier.create(this.client.responses()
			.awaitCompletionAsync(ID, ResponsePolling.of(Duration.ofMillis(20), Duration.ofMillis(100))))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(OpenAITimeoutException.class)
				.hasMessageContaining(ID))
			.verify(Duration.ofSeconds(5));
	}

}
