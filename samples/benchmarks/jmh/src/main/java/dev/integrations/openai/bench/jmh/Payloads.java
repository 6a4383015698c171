package dev.integrations.openai.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.integrations.openai.bench.CannedResponses;
import dev.integrations.openai.chat.ChatCompletionRequest;

/**
 * The payloads every benchmark shares: the load driver's request and the stub server's canned bodies.
 */
final class Payloads {

	/** Chunks per streamed reply, as the stub server sends. */
	static final int CHUNKS = 200;

	/**
	 * Bytes per network read the streamed body is cut into; events straddle the cuts, as they do on a socket.
	 */
	static final int READ_SIZE = 4096;

	static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("gpt-4o")
		.addSystemMessage("You are a helpful assistant.")
		.addUserMessage("Describe the image in two sentences.")
		.temperature(0.7)
		.maxCompletionTokens(256)
		.build();

	static final byte[] COMPLETION = CannedResponses.completion().getBytes(StandardCharsets.UTF_8);

	static final byte[] STREAM = CannedResponses.stream(CHUNKS).getBytes(StandardCharsets.UTF_8);

	/** The raw WebClient floor's prebuilt body, equal to {@link #REQUEST} on the wire. */
	static final byte[] FLOOR_BODY = ("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":"
			+ "\"You are a helpful assistant.\"},{\"role\":\"user\",\"content\":\"Describe the image in two sentences.\"}],"
			+ "\"temperature\":0.7,\"max_completion_tokens\":256}").getBytes(StandardCharsets.UTF_8);

	private Payloads() {
	}

	/**
	 * Cuts a body into network-sized reads.
	 * @param body the body
	 * @return the slices, each a copy
	 */
	static List<byte[]> reads(byte[] body) {
		List<byte[]> reads = new ArrayList<>();
		for (int from = 0; from < body.length; from += READ_SIZE) {
			byte[] read = new byte[Math.min(READ_SIZE, body.length - from)];
			System.arraycopy(body, from, read, 0, read.length);
			reads.add(read);
		}
		return reads;
	}

}
