package dev.integrations.openai.batches;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchFilesTest {

	/** A typed request body, standing in for the client's chat request: camelCase components, snake_case wire. */
	record ChatRequest(String model, List<Message> messages, Integer maxCompletionTokens, Double temperature) {
	}

	record Message(String role, String content) {
	}

	record Completion(String id, String model, List<Choice> choices) {
	}

	record Choice(int index, Message message, String finishReason) {
	}

	private static final String OUTPUT = """
			{"id": "batch_req_123", "custom_id": "request-2", "response": {"status_code": 200, "request_id": "req_123", "body": {"id": "chatcmpl-123", "object": "chat.completion", "created": 1711652795, "model": "gpt-4o-mini-2024-07-18", "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello."}, "logprobs": null, "finish_reason": "stop"}], "usage": {"prompt_tokens": 22, "completion_tokens": 2, "total_tokens": 24}, "system_fingerprint": "fp_123"}}, "error": null}

			{"id": "batch_req_456", "custom_id": "request-1", "response": {"status_code": 400, "request_id": "req_789", "body": {"error": {"message": "Invalid value for 'temperature'.", "type": "invalid_request_error", "param": "temperature", "code": "invalid_value"}}}, "error": null}
			{"id": "batch_req_789", "custom_id": "request-3", "response": null, "error": {"code": "batch_expired", "message": "This request could not be executed before the completion window expired."}}
			""";

	@Test
	void writerWritesOneSnakeCaseLinePerRequestWithPostAndTheEndpointUrl() {
		StringWriter file = new StringWriter();
		try (BatchInputWriter writer = BatchInputWriter.to(file)) {
			writer.add("request-1", BatchEndpoint.CHAT_COMPLETIONS, new ChatRequest("gpt-4o-mini",
					List.of(new Message("system", "You are a helpful assistant."), new Message("user", "Hello world!")),
					1000, null));
			writer.add("request-2", "/v1/chat/completions",
					new ChatRequest("gpt-4o-mini", List.of(new Message("user", "Say \"hi\"\nthen stop")), null, 0.2));
			assertThat(writer.size()).isEqualTo(2);
			assertThat(writer.endpoint()).isEqualTo(BatchEndpoint.CHAT_COMPLETIONS);
		}

		assertThat(file.toString()).isEqualTo("""
				{"custom_id":"request-1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini",\
				"messages":[{"role":"system","content":"You are a helpful assistant."},{"role":"user","content":"Hello world!"}],\
				"max_completion_tokens":1000}}
				{"custom_id":"request-2","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini",\
				"messages":[{"role":"user","content":"Say \\"hi\\"\\nthen stop"}],"temperature":0.2}}
				""");
	}

	@Test
	void writerAcceptsMapsAsBodiesAndWritesUtf8Bytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (BatchInputWriter writer = BatchInputWriter.to(bytes)) {
			writer.add("emb-1", BatchEndpoint.EMBEDDINGS,
					Map.of("model", "text-embedding-3-small", "input", "Grüße aus Köln"));
		}

		assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith(
				"{\"custom_id\":\"emb-1\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{")
			.contains("\"input\":\"Grüße aus Köln\"")
			.endsWith("}\n");
	}

	@Test
	void writerRejectsDuplicateIdsForeignUrlsAndMixedEndpoints() {
		BatchInputWriter writer = BatchInputWriter.to(new StringWriter());
		writer.add("request-1", BatchEndpoint.RESPONSES, Map.of("model", "gpt-5", "input", "Hi"));

		assertThatThrownBy(() -> writer.add("request-1", BatchEndpoint.RESPONSES, Map.of("model", "gpt-5")))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("custom_id"))
			.hasMessage("custom_id must be unique within a batch file, request-1 was already added");
		assertThatThrownBy(() -> writer.add("request-2", "/v1/audio/speech", Map.of("model", "tts-1")))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("url"))
			.hasMessage("url must be one of the batch endpoints (/v1/responses, /v1/chat/completions, /v1/embeddings, "
					+ "/v1/completions, /v1/moderations, /v1/images/generations, /v1/images/edits, /v1/videos), "
					+ "was /v1/audio/speech");
		assertThatThrownBy(() -> writer.add("request-2", BatchEndpoint.EMBEDDINGS, Map.of("model", "x")))
			.hasMessage("url must be the same for every request of a batch file: /v1/responses was used before, "
					+ "got /v1/embeddings");
		assertThatThrownBy(() -> writer.add(" ", BatchEndpoint.RESPONSES, Map.of()))
			.hasMessage("custom_id must not be blank");
		assertThat(writer.size()).isEqualTo(1);
	}

	@Test
	void readerMapsSuccessFailureAndErrorLinesByCustomId() {
		Map<String, BatchResult> results = BatchOutputReader
			.readAll(new ByteArrayInputStream(OUTPUT.getBytes(StandardCharsets.UTF_8)));

		assertThat(results).containsOnlyKeys("request-2", "request-1", "request-3");
		assertThat(results.keySet()).containsExactly("request-2", "request-1", "request-3");

		BatchResult ok = results.get("request-2");
		assertThat(ok.isSuccessful()).isTrue();
		assertThat(ok.id()).isEqualTo("batch_req_123");
		assertThat(ok.response().statusCode()).isEqualTo(200);
		assertThat(ok.response().requestId()).isEqualTo("req_123");
		Completion completion = ok.response().body(Completion.class);
		assertThat(completion.model()).isEqualTo("gpt-4o-mini-2024-07-18");
		assertThat(completion.choices().get(0).message().content()).isEqualTo("Hello.");
		assertThat(completion.choices().get(0).finishReason()).isEqualTo("stop");
		assertThat(ok.response().body().path("usage").path("total_tokens").asInt()).isEqualTo(24);

		BatchResult rejected = results.get("request-1");
		assertThat(rejected.isSuccessful()).isFalse();
		assertThat(rejected.response().statusCode()).isEqualTo(400);
		assertThat(rejected.response().body().path("error").path("code").asString()).isEqualTo("invalid_value");

		BatchResult expired = results.get("request-3");
		assertThat(expired.isSuccessful()).isFalse();
		assertThat(expired.response()).isNull();
		assertThat(expired.error()).isEqualTo(new BatchResultError("batch_expired",
				"This request could not be executed before the completion window expired."));
	}

	@Test
	void bodyDecodesGenericTypesAndRefusesAMissingBody() {
		BatchResult ok = BatchOutputReader.lines(new StringReader(OUTPUT)).findFirst().orElseThrow();

		Map<String, Object> body = ok.response().body(new TypeReference<Map<String, Object>>() {
		});

		assertThat(body).containsEntry("object", "chat.completion");
		assertThatThrownBy(() -> new BatchResultResponse(500, "req_500", null).body(Completion.class))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("Batch result of request req_500 has no body");
	}

	@Test
	void linesStreamsLazilyAndReportsTheNumberOfAnUnreadableLine() {
		String file = OUTPUT.lines().limit(1).findFirst().orElseThrow() + "\n{\"id\": \"batch_req_9\", \"custom_id\n";

		try (Stream<BatchResult> results = BatchOutputReader.lines(new StringReader(file))) {
			assertThat(results.limit(1).map(BatchResult::customId)).containsExactly("request-2");
		}
		assertThatThrownBy(() -> BatchOutputReader.lines(new StringReader(file)).toList())
			.isInstanceOf(OpenAIResponseException.class)
			.hasMessageStartingWith("Unreadable batch result on line 2: ");
		assertThatThrownBy(() -> BatchOutputReader.lines(new StringReader("{\"id\": \"batch_req_1\"}\n")).toList())
			.isInstanceOf(OpenAIResponseException.class)
			.hasMessageContaining("custom_id is missing");
	}

	@Test
	void decodeSplitsLinesAcrossDownloadedBuffers() {
		byte[] bytes = OUTPUT.getBytes(StandardCharsets.UTF_8);
		DefaultDataBufferFactory factory = DefaultDataBufferFactory.sharedInstance;
		Flux<DataBuffer> chunks = Flux.range(0, (bytes.length + 99) / 100)
			.map((i) -> factory.wrap(java.util.Arrays.copyOfRange(bytes, i * 100, Math.min(bytes.length, i * 100 + 100))));

		StepVerifier.create(BatchOutputReader.decode(chunks).map(BatchResult::customId))
			.expectNext("request-2", "request-1", "request-3")
			.verifyComplete();
	}

	@Test
	void byCustomIdMergesOutputAndErrorFilesAndRejectsDuplicates() {
		List<BatchResult> output = BatchOutputReader.lines(new StringReader(OUTPUT)).toList();
		BatchResult again = new BatchResult("batch_req_999", "request-2", null, new BatchResultError("x", "y"));

		assertThat(BatchOutputReader.byCustomId(output.subList(0, 2))).hasSize(2);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BatchOutputReader.byCustomId(List.of(output.get(0), again)))
			.withMessage("Batch results contain custom_id request-2 twice");
	}

}
