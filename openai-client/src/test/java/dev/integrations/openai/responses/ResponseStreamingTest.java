package dev.integrations.openai.responses;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.OpenAIStreamException;
import dev.integrations.openai.resilience.CallResult;
import dev.integrations.openai.resilience.ClientHook;
import dev.integrations.openai.resilience.RequestContext;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ResponseStreamingTest extends WireMockSupport {

	private static final String RESPONSE_IN_PROGRESS = """
			{"id":"resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654","object":"response","created_at":1741290958,\
			"status":"in_progress","model":"gpt-5-2025-08-07","output":[],"usage":null}""";

	private static final String RESPONSE_COMPLETED = """
			{"id":"resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654","object":"response","created_at":1741290958,\
			"status":"completed","model":"gpt-5-2025-08-07","output":[\
			{"id":"fc_67c9fdd02bfc8190b5a8a9e8c6f1b2a3","type":"function_call","status":"completed",\
			"call_id":"call_6c4b9b2e5d1f","name":"get_weather","arguments":"{\\"location\\":\\"Paris, France\\"}"},\
			{"id":"msg_67c9fdcf37fc8190ba82116e33fb28c507b8b0ad4e5eb654","type":"message","status":"completed",\
			"role":"assistant","content":[{"type":"output_text","text":"Hi there!","annotations":[]}]}],\
			"usage":{"input_tokens":37,"input_tokens_details":{"cached_tokens":0,"cache_write_tokens":0},\
			"output_tokens":11,"output_tokens_details":{"reasoning_tokens":0},"total_tokens":48}}""";

	private static String sse(String... events) {
		StringBuilder body = new StringBuilder();
		for (String event : events) {
			String type = event.substring(event.indexOf("\"type\":\"") + 8);
			body.append("event: ").append(type, 0, type.indexOf('"')).append('\n');
			body.append("data: ").append(event).append("\n\n");
		}
		return body.toString();
	}

	private static String streamBody() {
		return sse("{\"type\":\"response.created\",\"response\":" + RESPONSE_IN_PROGRESS + ",\"sequence_number\":0}",
				"{\"type\":\"response.in_progress\",\"response\":" + RESPONSE_IN_PROGRESS + ",\"sequence_number\":1}",
				"{\"type\":\"response.output_item.added\",\"output_index\":0,\"item\":{\"id\":\"fc_67c9fdd02bfc8190b5a8a9e8c6f1b2a3\","
						+ "\"type\":\"function_call\",\"status\":\"in_progress\",\"call_id\":\"call_6c4b9b2e5d1f\","
						+ "\"name\":\"get_weather\",\"arguments\":\"\"},\"sequence_number\":2}",
				"{\"type\":\"response.function_call_arguments.delta\",\"item_id\":\"fc_67c9fdd02bfc8190b5a8a9e8c6f1b2a3\","
						+ "\"output_index\":0,\"delta\":\"{\\\"location\\\":\",\"sequence_number\":3}",
				"{\"type\":\"response.function_call_arguments.delta\",\"item_id\":\"fc_67c9fdd02bfc8190b5a8a9e8c6f1b2a3\","
						+ "\"output_index\":0,\"delta\":\"\\\"Paris, France\\\"}\",\"sequence_number\":4}",
				"{\"type\":\"response.function_call_arguments.done\",\"item_id\":\"fc_67c9fdd02bfc8190b5a8a9e8c6f1b2a3\","
						+ "\"name\":\"get_weather\",\"output_index\":0,\"arguments\":\"{\\\"location\\\":\\\"Paris, France\\\"}\","
						+ "\"sequence_number\":5}",
				"{\"type\":\"response.content_part.added\",\"item_id\":\"msg_67c9fdcf37fc8190ba82116e33fb28c507b8b0ad4e5eb654\","
						+ "\"output_index\":1,\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":\"\",\"annotations\":[]},"
						+ "\"sequence_number\":6}",
				"{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_67c9fdcf37fc8190ba82116e33fb28c507b8b0ad4e5eb654\","
						+ "\"output_index\":1,\"content_index\":0,\"delta\":\"Hi\",\"logprobs\":[],\"obfuscation\":\"x7Qa\","
						+ "\"sequence_number\":7}",
				"{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_67c9fdcf37fc8190ba82116e33fb28c507b8b0ad4e5eb654\","
						+ "\"output_index\":1,\"content_index\":0,\"delta\":\" there!\",\"logprobs\":[],\"sequence_number\":8}",
				"{\"type\":\"response.output_text.done\",\"item_id\":\"msg_67c9fdcf37fc8190ba82116e33fb28c507b8b0ad4e5eb654\","
						+ "\"output_index\":1,\"content_index\":0,\"text\":\"Hi there!\",\"logprobs\":[],\"sequence_number\":9}",
				"{\"type\":\"response.reasoning_summary_part.added\",\"item_id\":\"rs_6806bfca0b2481918a5748308061a260\","
						+ "\"output_index\":2,\"summary_index\":0,\"part\":{\"type\":\"summary_text\",\"text\":\"\"},\"sequence_number\":10}",
				"{\"type\":\"response.completed\",\"response\":" + RESPONSE_COMPLETED + ",\"sequence_number\":11}");
	}

	@Test
	void streamSendsStreamTrueAndDecodesTypedEventsUpToCompleted() {
		this.server.stubFor(post("/v1/responses").willReturn(
				aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(streamBody())));

		List<ResponseStreamEvent> events = this.client.responses()
			.streamAsync(ResponseRequest.builder().model("gpt-5").input("Say hi, after checking the weather in Paris").build())
			.collectList()
			.block();

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withHeader("Accept", equalTo("text/event-stream"))
			.withRequestBody(equalToJson("""
					{"model": "gpt-5", "input": "Say hi, after checking the weather in Paris", "stream": true}
					""", false, false)));
		assertThat(events).extracting(ResponseStreamEvent::sequenceNumber)
			.containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
		assertThat(events.get(0)).isInstanceOf(ResponseLifecycleEvent.Created.class);
		assertThat(events.get(2)).isInstanceOfSatisfying(ResponseStreamEvent.OutputItemAdded.class,
				(added) -> assertThat(added.item()).isInstanceOf(ResponseItem.FunctionCall.class));
		assertThat(events).filteredOn(ResponseStreamEvent.FunctionCallArgumentsDelta.class::isInstance)
			.map((event) -> ((ResponseStreamEvent.FunctionCallArgumentsDelta) event).delta())
			.containsExactly("{\"location\":", "\"Paris, France\"}");
		assertThat(events.get(5)).isInstanceOfSatisfying(ResponseStreamEvent.FunctionCallArgumentsDone.class,
				(done) -> assertThat(done.arguments()).isEqualTo("{\"location\":\"Paris, France\"}"));
		assertThat(events.get(6)).isInstanceOfSatisfying(ResponseStreamEvent.ContentPartAdded.class,
				(added) -> assertThat(added.part()).isInstanceOf(ContentPart.OutputText.class));
		assertThat(events).filteredOn(ResponseStreamEvent.OutputTextDelta.class::isInstance)
			.map((event) -> ((ResponseStreamEvent.OutputTextDelta) event).delta())
			.containsExactly("Hi", " there!");
		assertThat(events.get(10)).isInstanceOfSatisfying(ResponseReasoningEvent.ReasoningSummaryPartAdded.class,
				(added) -> assertThat(added.type()).isEqualTo("response.reasoning_summary_part.added"));
		assertThat(events.get(11)).isInstanceOfSatisfying(ResponseLifecycleEvent.Completed.class, (completed) -> {
			assertThat(completed.response().outputText()).isEqualTo("Hi there!");
			assertThat(completed.response().functionCalls()).singleElement()
				.satisfies((call) -> assertThat(call.name()).isEqualTo("get_weather"));
			assertThat(completed.tokenUsage().inputTokens()).isEqualTo(37);
			assertThat(completed.tokenUsage().outputTokens()).isEqualTo(11);
		});
	}

	@Test
	void completedEventReportsModelAndUsageToHooks() {
		List<CallResult> results = new CopyOnWriteArrayList<>();
		this.client.close();
		this.client = OpenAIClient.builder().config(configBuilder().build()).hook(new ClientHook() {
			@Override
			public void onSuccess(RequestContext context, CallResult result) {
				results.add(result);
			}
		}).build();
		this.server.stubFor(post("/v1/responses").willReturn(
				aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(streamBody())));

		try (BlockingStream<ResponseStreamEvent> stream = this.client.responses()
			.stream(ResponseRequest.builder().model("gpt-5").input("Say hi").build())) {
			assertThat(stream.stream().map(ResponseStreamEvent::type)).last().isEqualTo("response.completed");
		}

		assertThat(results).singleElement().satisfies((result) -> {
			assertThat(result.responseModel()).isEqualTo("gpt-5-2025-08-07");
			assertThat(result.usage().inputTokens()).isEqualTo(37);
			assertThat(result.usage().outputTokens()).isEqualTo(11);
		});
	}

	@Test
	void errorEventEndsTheStreamWithTypedError() {
		this.server.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(sse("{\"type\":\"response.created\",\"response\":" + RESPONSE_IN_PROGRESS + ",\"sequence_number\":0}",
					"{\"type\":\"error\",\"code\":\"ERR_SOMETHING\",\"message\":\"Something went wrong\",\"param\":null,"
							+ "\"sequence_number\":1}"))));

		StepVerifier.create(this.client.responses().streamAsync(ResponseRequest.builder().model("gpt-5").input("Hi").build()))
			.expectNextMatches(ResponseLifecycleEvent.Created.class::isInstance)
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(OpenAIStreamException.class, (ex) -> {
				assertThat(ex.error().code()).isEqualTo("ERR_SOMETHING");
				assertThat(ex.getMessage()).contains("Something went wrong");
			}))
			.verify();
	}

	@Test
	void resumeStreamRetrievesWithStreamTrueAfterTheLastSeenEvent() {
		this.server.stubFor(get(urlPathEqualTo("/v1/responses/resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/event-stream")
				.withBody(sse("{\"type\":\"response.completed\",\"response\":" + RESPONSE_COMPLETED
						+ ",\"sequence_number\":11}"))));

		try (BlockingStream<ResponseStreamEvent> stream = this.client.responses()
			.resumeStream("resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654", 10L)) {
			assertThat(stream.stream().toList()).singleElement()
				.isInstanceOfSatisfying(ResponseLifecycleEvent.Completed.class,
						(completed) -> assertThat(completed.response().status()).isEqualTo(ResponseStatus.COMPLETED));
		}
		this.server.verify(getRequestedFor(urlPathEqualTo("/v1/responses/resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654"))
			.withQueryParam("stream", equalTo("true"))
			.withQueryParam("starting_after", equalTo("10")));
	}

}
