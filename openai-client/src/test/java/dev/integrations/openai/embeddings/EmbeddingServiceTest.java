package dev.integrations.openai.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.common.TokenUsage;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddingServiceTest extends WireMockSupport {

	private static final float[] FIRST = { 0.0023064255f, -0.009327292f, 0.015797347f, -0.0028842222f };

	private static final float[] SECOND = { -0.0107194f, 0.0358924f, Float.MIN_VALUE, -1.5e-7f };

	private static String base64(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (float value : vector) {
			buffer.putFloat(value);
		}
		return Base64.getEncoder().encodeToString(buffer.array());
	}

	private static String response(String first, String second) {
		return """
				{
				  "object": "list",
				  "data": [
				    {"object": "embedding", "index": 0, "embedding": %s},
				    {"object": "embedding", "index": 1, "embedding": %s}
				  ],
				  "model": "text-embedding-3-small",
				  "usage": {"prompt_tokens": 12, "total_tokens": 12}
				}
				""".formatted(first, second);
	}

	@Test
	void createWithoutEncodingAsksForBase64AndDecodesLittleEndianFloats() {
		this.server.stubFor(post("/v1/embeddings")
			.willReturn(okJson(response('"' + base64(FIRST) + '"', '"' + base64(SECOND) + '"'))));

		EmbeddingResponse response = this.client.embeddings()
			.create(EmbeddingRequest.builder()
				.model("text-embedding-3-small")
				.input(List.of("The food was delicious and the waiter was friendly.", "The service was slow."))
				.build());

		assertThat(response.data().get(0).vector()).containsExactly(FIRST);
		assertThat(response.data().get(1).vector()).containsExactly(SECOND);
		assertThat(response.data().get(0).dimensions()).isEqualTo(4);
		assertThat(response.model()).isEqualTo("text-embedding-3-small");
		assertThat(response.usage()).isEqualTo(new EmbeddingUsage(12, 12));
		assertThat(response.tokenUsage()).isEqualTo(new TokenUsage(12, 0));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/embeddings"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withRequestBody(equalToJson("""
					{"input": ["The food was delicious and the waiter was friendly.", "The service was slow."],
					 "model": "text-embedding-3-small", "encoding_format": "base64"}
					""", false, false)));
	}

	@Test
	void createWithFloatEncodingReadsJsonNumbersIntoTheSameVector() {
		this.server.stubFor(post("/v1/embeddings").willReturn(
				okJson(response("[0.0023064255, -0.009327292, 0.015797347, -0.0028842222]", "[-0.0107194, 0.0358924, 1.4E-45, -1.5E-7]"))));

		EmbeddingResponse response = this.client.embeddings()
			.create(EmbeddingRequest.builder()
				.model("text-embedding-3-small")
				.input("The food was delicious and the waiter was friendly.")
				.encodingFormat(EncodingFormat.FLOAT)
				.dimensions(4)
				.user("user-1234")
				.build());

		assertThat(response.vectors()).satisfiesExactly((first) -> assertThat(first).containsExactly(FIRST),
				(second) -> assertThat(second).containsExactly(SECOND));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/embeddings")).withRequestBody(equalToJson("""
				{"input": "The food was delicious and the waiter was friendly.", "model": "text-embedding-3-small",
				 "encoding_format": "float", "dimensions": 4, "user": "user-1234"}
				""", false, false)));
	}

	@Test
	void tokenInputsAreWrittenAsIntegerArrays() {
		this.server.stubFor(post("/v1/embeddings").willReturn(okJson(response("[0.5]", "[0.25]"))));

		this.client.embeddings()
			.create(EmbeddingRequest.builder()
				.model("text-embedding-ada-002")
				.input(EmbeddingInput.ofTokens(1212, 318, 257, 1332, 13))
				.build());
		this.client.embeddings()
			.create(EmbeddingRequest.builder()
				.model("text-embedding-ada-002")
				.input(EmbeddingInput.ofTokenArrays(List.of(List.of(1212, 318), List.of(257, 1332, 13))))
				.encodingFormat(EncodingFormat.FLOAT)
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/embeddings")).withRequestBody(equalToJson("""
				{"input": [1212, 318, 257, 1332, 13], "model": "text-embedding-ada-002", "encoding_format": "base64"}
				""", false, false)));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/embeddings")).withRequestBody(equalToJson("""
				{"input": [[1212, 318], [257, 1332, 13]], "model": "text-embedding-ada-002", "encoding_format": "float"}
				""", false, false)));
	}

	@Test
	void createAsyncEmitsTheDecodedResponse() {
		this.server.stubFor(post("/v1/embeddings")
			.willReturn(okJson(response('"' + base64(FIRST) + '"', '"' + base64(SECOND) + '"'))));

		StepVerifier.create(this.client.embeddings().createAsync(EmbeddingRequest.of("text-embedding-3-small", "hello")))
			.assertNext((response) -> assertThat(response.data().get(1).vector()).containsExactly(SECOND))
			.verifyComplete();
	}

	@Test
	void cosineSimilarityComparesVectors() {
		Embedding a = new Embedding(0, "embedding", new float[] { 1, 0 });
		Embedding b = new Embedding(1, "embedding", new float[] { 1, 1 });

		assertThat(a.cosineSimilarity(b)).isCloseTo(Math.sqrt(0.5), org.assertj.core.data.Offset.offset(1e-9));
		assertThat(a.cosineSimilarity(a)).isEqualTo(1.0);
		assertThat(a.toString()).isEqualTo("Embedding[index=0, dimensions=2]");
	}

	@Test
	void unreadableBase64IsAResponseError() {
		this.server.stubFor(post("/v1/embeddings").willReturn(okJson(response("\"AAAAAAA=\"", "\"AAAAAA==\""))));

		assertThatThrownBy(() -> this.client.embeddings().create(EmbeddingRequest.of("text-embedding-3-small", "hi")))
			.isInstanceOf(dev.integrations.openai.errors.OpenAIException.class)
			.hasMessageContaining("float32");
	}

	@Test
	void badRequestCarriesTheParam() {
		this.server.stubFor(post("/v1/embeddings").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_emb400")
			.withBody("""
					{"error": {"message": "This model does not support specifying dimensions.",
					 "type": "invalid_request_error", "param": "dimensions", "code": null}}
					""")));

		assertThatThrownBy(() -> this.client.embeddings()
			.create(EmbeddingRequest.builder().model("text-embedding-ada-002").input("hello").dimensions(256).build()))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.param()).isEqualTo("dimensions");
				assertThat(ex.requestId()).isEqualTo("req_emb400");
			});
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/embeddings")));
	}

	@Test
	void invalidRequestsAreRejectedBeforeAnyCall() {
		assertThatThrownBy(() -> EmbeddingRequest.builder().model("text-embedding-3-small").build())
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessage("input is required");
		assertThatThrownBy(() -> EmbeddingRequest.builder().input("hello").build()).hasMessage("model must not be blank");
		assertThatThrownBy(() -> EmbeddingRequest.of(" ", "hello")).hasMessage("model must not be blank");
		assertThatThrownBy(() -> EmbeddingRequest.of("text-embedding-3-small", ""))
			.hasMessage("input must not contain an empty string");
		assertThatThrownBy(() -> EmbeddingInput.of(List.of())).isInstanceOfSatisfying(OpenAIValidationException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("input"))
			.hasMessage("input must not be empty");
		assertThatThrownBy(() -> EmbeddingInput.ofTokens()).hasMessage("input must not be empty");
		assertThatThrownBy(() -> EmbeddingInput.ofTokenArrays(List.of(List.of(1, 2), List.of())))
			.hasMessage("input token arrays must not be empty");
		assertThatThrownBy(() -> EmbeddingInput.of(java.util.Collections.nCopies(2049, "a")))
			.hasMessage("input must have at most 2048 entries, had 2049");
		assertThatThrownBy(() -> EmbeddingRequest.builder().model("text-embedding-3-small").input("hi").dimensions(0).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("dimensions"))
			.hasMessage("dimensions must be at least 1, was 0");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
