package dev.integrations.openai.responses;

import java.time.Duration;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.VirtualTime;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.Poller;
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

	private final VirtualTime time = new VirtualTime();

	private static String response(String status) {
		String output = "completed".equals(status) ? """
				[{"type": "message", "id": "msg_68b5f3", "status": "completed", "role": "assistant",
				  "content": [{"type": "output_text", "text": "The report is ready.", "annotations": []}]}]""" : "[]";
		return """
				{"id": "%s", "object": "response", "created_at": 1756755906, "status": "%s", "background": true,
				 "model": "o3-deep-research-2025-06-26", "output": %s}
				""".formatted(ID, status, output);
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
				.addTool(ResponseTool.webSearch())
				.build(), this.time.poller(Duration.ofSeconds(2), Duration.ofMinutes(5)));

		assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
		assertThat(response.outputText()).isEqualTo("The report is ready.");
		assertThat(this.time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model": "o3-deep-research", "background": true, "tools": [{"type": "web_search"}],
				 "input": "Research the economic impact of semaglutide on global healthcare systems."}
				""", false, false)));
		this.server.verify(3, getRequestedFor(urlEqualTo("/v1/responses/" + ID)));
	}

	@Test
	void awaitCompletionStopsAtEveryTerminalStatus() {
		stubStatuses("in_progress", "failed");

		Response response = this.client.responses().awaitCompletion(ID, this.time.poller(Duration.ofSeconds(1), Duration.ofMinutes(1)));

		assertThat(response.status()).isEqualTo(ResponseStatus.FAILED);
		assertThat(this.time.sleeps()).hasSize(1);
	}

	@Test
	void awaitCompletionGivesUpAtTheTimeoutWithoutSleepingPastIt() {
		this.server.stubFor(get("/v1/responses/" + ID).willReturn(okJson(response("in_progress"))));

		assertThatThrownBy(() -> this.client.responses()
			.awaitCompletion(ID, this.time.poller(Duration.ofSeconds(4), Duration.ofSeconds(10))))
			.isInstanceOf(OpenAITimeoutException.class)
			.hasMessage("Gave up waiting after PT10S: response " + ID + " is still in_progress");
		assertThat(this.time.sleeps()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(2));
	}

	@Test
	void unknownStatusIsNotTerminal() {
		stubStatuses("summarizing", "completed");

		Response response = this.client.responses().awaitCompletion(ID, this.time.poller(Duration.ofSeconds(1), Duration.ofMinutes(1)));

		assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
		assertThat(this.time.sleeps()).hasSize(1);
	}

	@Test
	void awaitCompletionAsyncPollsReactively() {
		stubStatuses("queued", "in_progress", "incomplete");

		StepVerifier.create(this.client.responses()
			.awaitCompletionAsync(ID, Poller.of(Duration.ofMillis(5), Duration.ofSeconds(10))))
			.assertNext((response) -> assertThat(response.status()).isEqualTo(ResponseStatus.INCOMPLETE))
			.verifyComplete();
		this.server.verify(3, getRequestedFor(urlEqualTo("/v1/responses/" + ID)));
	}

	@Test
	void awaitCompletionAsyncTimesOut() {
		this.server.stubFor(get("/v1/responses/" + ID).willReturn(okJson(response("queued"))));

		StepVerifier.create(this.client.responses()
			.awaitCompletionAsync(ID, Poller.of(Duration.ofMillis(20), Duration.ofMillis(100))))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(OpenAITimeoutException.class)
				.hasMessageContaining(ID))
			.verify(Duration.ofSeconds(5));
	}

}
