package dev.integrations.openai.responses;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link ResponseAccumulator} on a recorded stream (reasoning summary, text, a function call, an event type added
 * after this client) served as real SSE.
 */
class ResponseAccumulatorTest extends WireMockSupport {

	private static final ResponseRequest REQUEST = ResponseRequest.builder()
		.model("gpt-5")
		.input("What is the weather like in Paris today?")
		.build();

	private static String recordedStream() throws IOException {
		try (InputStream in = ResponseAccumulatorTest.class
			.getResourceAsStream("/responses/stream-reasoning-text-function-call.sse")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private void serve(String body) {
		this.server.stubFor(post("/v1/responses").willReturn(
				aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body)));
	}

	private static Response completedResponse(String stream) {
		String[] blocks = stream.split("\n\n");
		String data = blocks[blocks.length - 1].substring(blocks[blocks.length - 1].indexOf("data: ") + 6);
		ResponseStreamEvent last = OpenAIJson.mapper().readValue(data, ResponseStreamEvent.class);
		return ((ResponseLifecycleEvent.Completed) last).response();
	}

	@Test
	void accumulatedStreamEqualsTheResponseOfTheCompletedEvent() throws IOException {
		String stream = recordedStream();
		serve(stream);

		Response accumulated = ResponseAccumulator.accumulate(this.client.responses().streamAsync(REQUEST)).block();

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model": "gpt-5", "input": "What is the weather like in Paris today?", "stream": true}
				""", false, false)));
		Response completed = completedResponse(stream);
		assertThat(accumulated).isEqualTo(completed);
		assertThat(accumulated.status()).isEqualTo(ResponseStatus.COMPLETED);
		assertThat(accumulated.usage().totalTokens()).isEqualTo(207);
		assertThat(accumulated.outputText()).isEqualTo("Let me check the weather in Paris for you.");
		assertThat(accumulated.functionCalls()).singleElement()
			.satisfies((call) -> assertThat(call.arguments()).isEqualTo("{\"location\":\"Paris, France\"}"));
	}

	@Test
	void streamTextGivesTheTextDeltasOnlyNotTheWholeTextsOfDoneEventsNorReasoning() throws IOException {
		serve(recordedStream());

		List<String> text = this.client.responses().streamTextAsync(REQUEST).collectList().block();

		assertThat(text).containsExactly("Let me check ", "the weather in Paris for you.");
	}

	@Test
	void itemsAreBuiltFromDeltasWhenTheStreamStopsIncompleteBeforeAnyDoneEvent() throws IOException {
		String stream = recordedStream();
		String withoutDone = Arrays.stream(stream.split("\n\n"))
			.filter((block) -> !block.startsWith("event: response.completed") && !block.contains(".done\n"))
			.collect(Collectors.joining("\n\n", "", "\n\n"));
		String created = withoutDone.substring(withoutDone.indexOf("data: ") + 6, withoutDone.indexOf("\n\n"));
		String incomplete = created.replace("\"type\":\"response.created\"", "\"type\":\"response.incomplete\"")
			.replace("\"status\":\"in_progress\"", "\"status\":\"incomplete\"")
			.replace("\"incomplete_details\":null", "\"incomplete_details\":{\"reason\":\"max_output_tokens\"}")
			.replace("\"sequence_number\":0", "\"sequence_number\":99");
		serve(withoutDone + "event: response.incomplete\ndata: " + incomplete + "\n\n");

		Response accumulated;
		try (BlockingStream<ResponseStreamEvent> events = this.client.responses().stream(REQUEST)) {
			accumulated = ResponseAccumulator.accumulate(events);
		}

		Response completed = completedResponse(stream);
		assertThat(accumulated.status()).isEqualTo(ResponseStatus.INCOMPLETE);
		assertThat(accumulated.incompleteDetails().reason()).isEqualTo("max_output_tokens");
		assertThat(accumulated.usage()).isNull();
		assertThat(accumulated.output()).extracting(ResponseItem::type)
			.containsExactly("reasoning", "message", "function_call");
		assertThat(accumulated.outputOf(ResponseItem.Reasoning.class).get(0).summary())
			.isEqualTo(completed.outputOf(ResponseItem.Reasoning.class).get(0).summary());
		assertThat(accumulated.messages().get(0).content()).isEqualTo(completed.messages().get(0).content());
		assertThat(accumulated.messages().get(0).status()).isEqualTo("in_progress");
		ResponseItem.FunctionCall call = accumulated.functionCalls().get(0);
		assertThat(call.arguments()).isEqualTo(completed.functionCalls().get(0).arguments());
		assertThat(call.callId()).isEqualTo("call_Qx3mV8sNw2LrT5yPk9bJd4Ha");
	}

	@Test
	void refusalsAnnotationsCustomToolInputAndReasoningTextAreAccumulatedFromEvents() {
		Response created = OpenAIJson.mapper().readValue("""
				{"id": "resp_1", "object": "response", "created_at": 1756999006, "status": "in_progress",
				 "model": "gpt-5", "output": []}""", Response.class);
		ResponseAccumulator accumulator = new ResponseAccumulator();
		List<ResponseStreamEvent> events = List.of(new ResponseLifecycleEvent.Created(created, 0),
				new ResponseStreamEvent.OutputItemAdded(0, new ResponseItem.Message("msg_1", "assistant", List.of(),
						"in_progress", null), 1),
				new ResponseStreamEvent.ContentPartAdded("msg_1", 0, 0, new ContentPart.OutputText("", List.of(), null), 2),
				new ResponseStreamEvent.OutputTextDelta("msg_1", 0, 0, "See the docs.", List.of(
						new ResponseLogProb("See", -0.01, List.of(new ResponseLogProb.Top("See", -0.01)))), 3),
				new ResponseStreamEvent.OutputTextAnnotationAdded("msg_1", 0, 0, 0,
						new TextAnnotation.UrlCitation("https://platform.openai.com/docs", 8, 12, "Docs"), 4),
				new ResponseStreamEvent.RefusalDelta("msg_1", 0, 1, "I can't share ", 5),
				new ResponseStreamEvent.RefusalDelta("msg_1", 0, 1, "that.", 6),
				new ResponseStreamEvent.OutputItemAdded(1, new ResponseItem.CustomToolCall("ctc_1", "call_1", "sql",
						"", null, null, null, null), 7),
				new ResponseToolCallEvent.CustomToolCallInputDelta("ctc_1", 1, "SELECT 1", 8),
				new ResponseStreamEvent.OutputItemAdded(2, new ResponseItem.Reasoning("rs_1", List.of(), null, null,
						null), 9),
				new ResponseReasoningEvent.ReasoningTextDelta("rs_1", 2, 0, "First, ", 10),
				new ResponseReasoningEvent.ReasoningTextDelta("rs_1", 2, 0, "count.", 11),
				new ResponseStreamEvent.Unknown("response.future.delta", java.util.Map.of("output_index", 0)));
		events.forEach(accumulator::accept);

		Response response = accumulator.toResponse();

		assertThat(response.messages().get(0).content()).containsExactly(
				new ContentPart.OutputText("See the docs.",
						List.of(new TextAnnotation.UrlCitation("https://platform.openai.com/docs", 8, 12, "Docs")),
						List.of(new OutputTextLogprob("See", -0.01, List.of(),
								List.of(new TopLogProb("See", -0.01, List.of()))))),
				new ContentPart.Refusal("I can't share that."));
		assertThat(response.output().get(1)).isInstanceOfSatisfying(ResponseItem.CustomToolCall.class,
				(call) -> assertThat(call.input()).isEqualTo("SELECT 1"));
		assertThat(response.outputOf(ResponseItem.Reasoning.class).get(0).content())
			.containsExactly(new ContentPart.ReasoningText("First, count."));
	}

	@Test
	void streamWithoutLifecycleEventCannotBeAccumulated() {
		ResponseAccumulator accumulator = new ResponseAccumulator()
			.accept(new ResponseStreamEvent.AudioDelta("UklGRg==", 0));

		assertThatIllegalStateException().isThrownBy(accumulator::toResponse).withMessageContaining("lifecycle");
	}

}
