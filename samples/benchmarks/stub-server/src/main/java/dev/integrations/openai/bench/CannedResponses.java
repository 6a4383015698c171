package dev.integrations.openai.bench;

/**
 * Realistic chat completion bodies, shaped like the OpenAI API's; the stub serves them and the JMH benchmarks parse
 * them.
 */
public final class CannedResponses {

	private static final String[] WORDS = { "The", " quick", " answer", " is", " that", " streaming", " keeps", " the",
			" user", " engaged", ",", " while", " the", " model", " keeps", " thinking", "." };

	private CannedResponses() {
	}

	/** @return a non-streamed {@code chat.completion} body */
	public static String completion() {
		return """
				{"id":"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG","object":"chat.completion","created":1741570283,\
				"model":"gpt-4o-2024-08-06","choices":[{"index":0,"message":{"role":"assistant","content":\
				"The image shows a wooden boardwalk path running through a lush green field or meadow. The sky is bright \
				blue with some scattered clouds, giving the scene a serene and peaceful atmosphere. Trees and shrubs are \
				visible in the background.","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],\
				"usage":{"prompt_tokens":1117,"completion_tokens":46,"total_tokens":1163,"prompt_tokens_details":\
				{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,\
				"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},"service_tier":"default",\
				"system_fingerprint":"fp_fc9f1d7035"}""";
	}

	/** @return the first SSE event of a stream (the assistant role, empty content) */
	public static String firstChunk() {
		return chunk("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}", "null");
	}

	/**
	 * A whole SSE body.
	 * @param chunks how many {@code chat.completion.chunk} events, the last one with {@code finish_reason: stop}
	 * @return the events, then {@code data: [DONE]}
	 */
	public static String stream(int chunks) {
		StringBuilder body = new StringBuilder(chunks * 260);
		body.append(firstChunk());
		for (int i = 1; i < chunks - 1; i++) {
			body.append(chunk("{\"content\":\"" + WORDS[i % WORDS.length] + "\"}", "null"));
		}
		body.append(chunk("{}", "\"stop\""));
		body.append("data: [DONE]\n\n");
		return body.toString();
	}

	private static String chunk(String delta, String finishReason) {
		return "data: {\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"object\":\"chat.completion.chunk\","
				+ "\"created\":1741570283,\"model\":\"gpt-4o-2024-08-06\",\"service_tier\":\"default\","
				+ "\"system_fingerprint\":\"fp_fc9f1d7035\",\"choices\":[{\"index\":0,\"delta\":" + delta
				+ ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}]}\n\n";
	}

}
