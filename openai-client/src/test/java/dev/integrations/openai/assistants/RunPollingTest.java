package dev.integrations.openai.assistants;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.VirtualTime;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SuppressWarnings("deprecation")
class RunPollingTest extends WireMockSupport {

	private static final String RUN_PATH = "/v1/threads/thread_abc123/runs/run_abc123";

	private final VirtualTime time = new VirtualTime();

	private void stubRetrieveSequence(String... bodies) {
		String state = Scenario.STARTED;
		for (int i = 0; i < bodies.length; i++) {
			String next = "poll-" + (i + 1);
			this.server.stubFor(get(RUN_PATH).inScenario("poll")
				.whenScenarioStateIs(state)
				.willSetStateTo(next)
				.willReturn(okJson(bodies[i])));
			state = next;
		}
	}

	@Test
	void createAndPollRetrievesUntilTheRunCompletesPausingBetweenChecks() {
		this.server.stubFor(post("/v1/threads/thread_abc123/runs").willReturn(okJson(RunFixtures.run("queued"))));
		stubRetrieveSequence(RunFixtures.run("in_progress"), RunFixtures.run("in_progress"),
				RunFixtures.run("completed"));

		Run run = this.client.threads()
			.runs()
			.createAndPoll("thread_abc123", RunRequest.builder().assistantId("asst_abc123").build(),
					this.time.poller(Duration.ofMillis(500), Duration.ofMinutes(1)));

		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500),
				Duration.ofMillis(500));
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs")));
		this.server.verify(3, getRequestedFor(urlEqualTo(RUN_PATH)).withHeader("OpenAI-Beta",
				equalTo("assistants=v2")));
	}

	@Test
	void createAndPollAsyncAndSubmitAndPollAsyncCompleteOnANonBlockingThread() {
		this.server.stubFor(post("/v1/threads/thread_abc123/runs").willReturn(okJson(RunFixtures.run("queued"))));
		this.server.stubFor(post(RUN_PATH + "/submit_tool_outputs").willReturn(okJson(RunFixtures.run("queued"))));
		stubRetrieveSequence(RunFixtures.run("in_progress"), RunFixtures.run("completed"), RunFixtures.run("completed"));
		RunService runs = this.client.threads().runs();
		Poller poller = this.time.poller(Duration.ofSeconds(1), Duration.ofMinutes(1));
		AtomicBoolean nonBlocking = new AtomicBoolean();

		StepVerifier.create(runs.createAndPollAsync("thread_abc123", RunRequest.builder().assistantId("asst_abc123").build(), poller)
			.then(runs.submitToolOutputsAndPollAsync("thread_abc123", "run_abc123",
					List.of(new ToolOutput("call_001", "{\"celsius\":18}")), poller))
			.doOnSubscribe((subscription) -> nonBlocking.set(Schedulers.isInNonBlockingThread()))
			.subscribeOn(Schedulers.parallel()))
			.assertNext((run) -> assertThat(run.status()).isEqualTo(RunStatus.COMPLETED))
			.verifyComplete();

		assertThat(nonBlocking).as("subscribed on a thread where block() is refused").isTrue();
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/threads/thread_abc123/runs")));
		this.server.verify(1, postRequestedFor(urlEqualTo(RUN_PATH + "/submit_tool_outputs")));
		this.server.verify(3, getRequestedFor(urlEqualTo(RUN_PATH)));
	}

	@Test
	void blockingCreateAndPollRefusesAMissingPollerBeforeAnyRequest() {
		RunService runs = this.client.threads().runs();

		assertThatThrownBy(() -> runs.createAndPoll("thread_abc123", RunRequest.builder().assistantId("asst_abc123").build(), null))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("poller");
		assertThatThrownBy(() -> runs.submitToolOutputsAndPoll("thread_abc123", "run_abc123",
				List.of(new ToolOutput("call_001", "{}")), null))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("poller");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void pollingStopsWhenTheRunRequiresActionThenSubmitAndPollFinishesIt() {
		this.server.stubFor(post("/v1/threads/thread_abc123/runs").willReturn(okJson(RunFixtures.run("queued"))));
		this.server.stubFor(post(RUN_PATH + "/submit_tool_outputs").willReturn(okJson(RunFixtures.run("queued"))));
		stubRetrieveSequence(RunFixtures.REQUIRES_ACTION, RunFixtures.run("completed"));
		RunService runs = this.client.threads().runs();

		Run waiting = runs.createAndPollAsync("thread_abc123", RunRequest.builder().assistantId("asst_abc123").build(),
				this.time.poller(Duration.ofSeconds(1), Duration.ofMinutes(1)))
			.block();
		Run done = runs.submitToolOutputsAndPoll("thread_abc123", waiting.id(),
				List.of(new ToolOutput(waiting.requiredToolCalls().get(0).id(), "{\"celsius\":18}")),
				this.time.poller(Duration.ofSeconds(1), Duration.ofMinutes(1)));

		assertThat(waiting.status()).isEqualTo(RunStatus.REQUIRES_ACTION);
		assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.time.sleeps()).hasSize(2);
	}

	@Test
	void aRunAlreadyTerminalIsReturnedWithoutPolling() {
		this.server.stubFor(post("/v1/threads/runs").willReturn(okJson(RunFixtures.run("completed"))));

		Run run = this.client.threads()
			.createAndRunAndPoll(ThreadRunRequest.of(ThreadRequest.EMPTY, RunRequest.builder().assistantId("asst_abc123").build()),
					this.time.poller(Duration.ofSeconds(1), Duration.ofMinutes(1)));

		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
		StepVerifier.create(this.client.threads()
			.createAndRunAndPollAsync(ThreadRunRequest.of(ThreadRequest.EMPTY, RunRequest.builder().assistantId("asst_abc123").build()),
					this.time.poller(Duration.ofSeconds(1), Duration.ofMinutes(1))))
			.assertNext((polled) -> assertThat(polled.status()).isEqualTo(RunStatus.COMPLETED))
			.verifyComplete();
		assertThat(this.time.sleeps()).isEmpty();
		this.server.verify(0, getRequestedFor(urlEqualTo(RUN_PATH)));
	}

	@Test
	void submitAndPollAsyncAndPollOfAKnownRun() {
		this.server.stubFor(post(RUN_PATH + "/submit_tool_outputs").willReturn(okJson(RunFixtures.run("queued"))));
		stubRetrieveSequence(RunFixtures.run("in_progress"), RunFixtures.run("completed"),
				RunFixtures.run("in_progress"), RunFixtures.run("completed"));
		RunService runs = this.client.threads().runs();

		Run submitted = runs.submitToolOutputsAndPollAsync("thread_abc123", "run_abc123",
				List.of(new ToolOutput("call_001", "{\"celsius\":18}")),
				this.time.poller(Duration.ofSeconds(1), Duration.ofMinutes(1)))
			.block();
		Run polled = runs.poll(runs.retrieve("thread_abc123", "run_abc123"),
				this.time.poller(Duration.ofSeconds(1), Duration.ofMinutes(1)));

		assertThat(submitted.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(polled.status()).isEqualTo(RunStatus.COMPLETED);
		this.server.verify(4, getRequestedFor(urlEqualTo(RUN_PATH)));
	}

	@Test
	void pollingGivesUpAfterTheTimeoutWithoutRealWaiting() {
		this.server.stubFor(get(RUN_PATH).willReturn(okJson(RunFixtures.run("in_progress"))));
		Run queued = this.client.threads().runs().retrieve("thread_abc123", "run_abc123");

		StepVerifier.create(this.client.threads()
			.runs()
			.pollAsync(queued, this.time.poller(Duration.ofSeconds(2), Duration.ofSeconds(10))))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(OpenAITimeoutException.class,
					(timeout) -> {
						assertThat(timeout.timeout()).isEqualTo(Duration.ofSeconds(10));
						assertThat(timeout).hasMessage("Gave up waiting after PT10S: run run_abc123 is still in_progress");
					}))
			.verify(Duration.ofSeconds(5));
		assertThat(this.time.sleeps()).hasSize(5);
	}

	@Test
	void negativeIntervalIsRejected() {
		assertThatThrownBy(() -> Poller.of(Duration.ofSeconds(-1), Duration.ofMinutes(1)))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessage("interval must be positive, was PT-1S");
	}

	@Test
	void blockingPollRaisesTheTimeout() {
		this.server.stubFor(post("/v1/threads/thread_abc123/runs").willReturn(okJson(RunFixtures.run("queued"))));
		this.server.stubFor(get(RUN_PATH).willReturn(okJson(RunFixtures.run("in_progress"))));

		assertThatThrownBy(() -> this.client.threads()
			.runs()
			.createAndPoll("thread_abc123", RunRequest.builder().assistantId("asst_abc123").build(),
					this.time.poller(Duration.ofSeconds(1), Duration.ofSeconds(3))))
			.isInstanceOf(OpenAITimeoutException.class)
			.hasMessageContaining("run_abc123");
	}

}
