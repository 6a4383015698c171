package dev.integrations.openai.samples.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ChatCompletionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.util.function.Tuple2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample end to end in demo mode: the page's endpoints, the streamed chat, health and Prometheus metrics.
 */
class ChatAppDemoModeTests extends DemoModeTestSupport {

	@Autowired
	ChatCompletionService chatCompletions;

	@Test
	void chatStreamsTheReplyAsManyDeltasOverTimeThenADoneEvent() {
		List<Tuple2<Long, ServerSentEvent<Map<String, Object>>>> events = chat("Hello there!").elapsed()
			.collectList()
			.block(Duration.ofSeconds(30));

		List<Tuple2<Long, ServerSentEvent<Map<String, Object>>>> deltas = events.stream()
			.filter((event) -> "delta".equals(event.getT2().event()))
			.toList();
		assertThat(deltas).hasSizeGreaterThan(10);
		long spreadMillis = deltas.stream().skip(1).mapToLong(Tuple2::getT1).sum();
		assertThat(spreadMillis).as("time between the first and the last delta").isGreaterThan(deltas.size() * 10L);
		String reply = String.join("", deltas.stream().map((event) -> (String) event.getT2().data().get("text")).toList());
		assertThat(reply).startsWith("Hello! I am the demo backend");
		ServerSentEvent<Map<String, Object>> done = events.get(events.size() - 1).getT2();
		assertThat(done.event()).isEqualTo("done");
		assertThat(done.data()).containsEntry("finishReason", "stop")
			.containsEntry("model", "gpt-4o-mini")
			.containsEntry("outputTokens", deltas.size());
		assertThat((Integer) done.data().get("inputTokens")).isPositive();
	}

	@Test
	void twoChatsCauseARetryThatTheRetryCounterShows() {
		double before = retries();

		chatAndWait("What about retries?");
		chatAndWait("And the circuit breaker?");

		assertThat(retries()).isGreaterThanOrEqualTo(before + 1);
	}

	@Test
	void blockingCreateGetsTheWholeCompletionFromTheDemoBackend() {
		ChatCompletion completion = this.chatCompletions
			.create(ChatCompletionRequest.builder().model("gpt-4o-mini").addUserMessage("Tell me about metrics").build());

		assertThat(completion.content()).startsWith("The starter records gen_ai.client.operation.duration");
		assertThat(completion.model()).isEqualTo("gpt-4o-mini");
		assertThat(completion.tokenUsage().outputTokens()).isGreaterThan(20);
	}

	@Test
	void suggestionsAreThreeFollowUpQuestionsTypedThroughTheDemoBackend() {
		FollowUpQuestions suggestions = client().post()
			.uri("/api/suggestions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("messages", List.of(Map.of("role", "user", "content", "Tell me about metrics"),
					Map.of("role", "assistant", "content", "The starter records two histograms."))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(FollowUpQuestions.class)
			.returnResult()
			.getResponseBody();

		assertThat(suggestions.questions()).hasSize(3).allSatisfy((question) -> assertThat(question).endsWith("?"));
	}

	@Test
	void conversationNotEndingWithAUserMessageIsRejected() {
		client().post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("messages", List.of(Map.of("role", "assistant", "content", "Hi"))))
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void infoReportsDemoModeAgainstTheLocalBackend() {
		client().get()
			.uri("/api/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.mode")
			.isEqualTo("demo")
			.jsonPath("$.host")
			.isEqualTo("127.0.0.1")
			.jsonPath("$.model")
			.isEqualTo("gpt-4o-mini");
	}

	@Test
	void healthShowsTheOpenAIIndicatorOfEachClientUp() {
		client().get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.openai.status")
			.isEqualTo("UP")
			.jsonPath("$.components.openai.components.default.status")
			.isEqualTo("UP")
			.jsonPath("$.components.openai.components.default.details.host")
			.isEqualTo("127.0.0.1")
			.jsonPath("$.components.openai.components.default.details.circuitState")
			.isEqualTo("CLOSED")
			.jsonPath("$.components.openai.components.local.status")
			.isEqualTo("UP")
			.jsonPath("$.components.openai.components.local.details.host")
			.isEqualTo("127.0.0.1");
	}

	@Test
	void prometheusHasTheGenAiMetricsOfAChatCall() {
		chatAndWait("Is this streamed?");

		String prometheus = prometheus();

		assertThat(prometheus).containsPattern(
				"gen_ai_client_operation_duration_seconds_bucket\\{.*gen_ai_operation_name=\"chat\".*le=\"0\\.64\"")
			.containsPattern("gen_ai_client_token_usage_tokens_sum\\{.*gen_ai_token_type=\"input\"")
			.containsPattern("gen_ai_client_token_usage_tokens_sum\\{.*gen_ai_token_type=\"output\"")
			.containsPattern("gen_ai_client_operation_duration_seconds_count\\{.*gen_ai_provider_name=\"openai\"")
			.containsPattern("openai_client_calls_total\\{.*outcome=\"success\"")
			.containsPattern("openai_client_stream_time_to_first_chunk_seconds_count\\{")
			.containsPattern("openai_client_ratelimit_remaining_requests\\{")
			.containsPattern("openai_client_circuit_state\\{.*state=\"closed\".*\\} 1");
	}

	@Test
	void metricsSnapshotCountsCallsTokensAndTheCircuitState() {
		chatAndWait("Show me the dashboard");

		client().get()
			.uri("/api/metrics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.calls")
			.value((Double calls) -> assertThat(calls).isPositive())
			.jsonPath("$.outputTokens")
			.value((Double tokens) -> assertThat(tokens).isGreaterThan(20))
			.jsonPath("$.durationBuckets['81.92']")
			.value((Double count) -> assertThat(count).isPositive())
			.jsonPath("$.circuitState")
			.isEqualTo("closed")
			.jsonPath("$.remainingRequests")
			.value((Double remaining) -> assertThat(remaining).isLessThan(500))
			.jsonPath("$.firstChunkCount")
			.value((Integer count) -> assertThat(count).isPositive());
	}

	@Test
	void aStreamTheClientLeavesMidwayCountsAsCancelledNotFailed() {
		double failedBefore = metric("failedCalls");
		double cancelledBefore = metric("cancelledCalls");

		List<ServerSentEvent<Map<String, Object>>> first = chat("Tell me a long story about streams").take(1)
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(first).hasSize(1);
		await().atMost(Duration.ofSeconds(30)).until(() -> metric("cancelledCalls") > cancelledBefore);
		assertThat(metric("cancelledCalls")).isEqualTo(cancelledBefore + 1);
		assertThat(metric("failedCalls")).isEqualTo(failedBefore);
	}

	private double metric(String name) {
		return client().get()
			.uri("/api/metrics")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get(name) instanceof Number number ? number.doubleValue() : 0;
	}

	private double retries() {
		return metric("retries");
	}

}
