package dev.integrations.openai.test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.embeddings.Embedding;
import dev.integrations.openai.embeddings.EmbeddingRequest;
import dev.integrations.openai.embeddings.EmbeddingResponse;
import dev.integrations.openai.embeddings.EmbeddingUsage;
import dev.integrations.openai.transport.OpenAIJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The script of {@code POST /v1/embeddings}. The answer is a {@code list} of {@code embedding} objects with the
 * requested model; vectors travel as the request asks ({@code encoding_format: base64} as little-endian float32, as
 * OpenAI sends them, else as arrays of numbers). Replies queue in order and the last one repeats (see
 * {@link EndpointScript}).
 */
public final class EmbeddingsScript extends EndpointScript<EmbeddingsScript, EmbeddingRequest> {

	EmbeddingsScript() {
		super("POST", "/v1/embeddings", EmbeddingRequest.class);
	}

	/**
	 * Answers the next request with these vectors, one embedding per vector, in order.
	 * @param vectors the vectors, such as {@code new float[] {0.1f, -0.2f}}
	 * @return this script
	 */
	public EmbeddingsScript replyWith(float[]... vectors) {
		List<float[]> copies = new ArrayList<>();
		for (float[] vector : vectors) {
			copies.add(vector.clone());
		}
		return then((request) -> reply(request, copies));
	}

	private static MockReply reply(JsonNode request, List<float[]> vectors) {
		List<Embedding> data = new ArrayList<>();
		for (int i = 0; i < vectors.size(); i++) {
			data.add(new Embedding(i, "embedding", vectors.get(i)));
		}
		long tokens = Math.max(1, (request.path("input").toString().length() + 3) / 4);
		EmbeddingResponse response = new EmbeddingResponse("list", data,
				request.path("model").asString("text-embedding-3-small"), new EmbeddingUsage(tokens, tokens),
				Map.of());
		ObjectNode body = OpenAIJson.mapper().valueToTree(response);
		if ("base64".equals(request.path("encoding_format").asString(""))) {
			for (int i = 0; i < vectors.size(); i++) {
				((ObjectNode) body.path("data").get(i)).put("embedding", base64(vectors.get(i)));
			}
		}
		return MockReply.json(body);
	}

	private static String base64(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (float value : vector) {
			buffer.putFloat(value);
		}
		return Base64.getEncoder().encodeToString(buffer.array());
	}

}
