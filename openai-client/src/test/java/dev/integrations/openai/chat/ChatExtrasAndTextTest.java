package dev.integrations.openai.chat;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fields the client does not know yet (kept in {@code extra()}), and the text deltas of a stream
 * ({@link ChatCompletionChunk#text()}, {@link ChatCompletionService#streamText}).
 */
class ChatExtrasAndTextTest extends ChatWireMockTest {

	private static final String HEAD = "{\"id\":\"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\",\"object\":\"chat.completion.chunk\","
			+ "\"created\":1741570283,\"model\":\"deepseek-reasoner\",\"system_fingerprint\":\"fp_44709d6fcb\","
			+ "\"system_fingerprint_v2\":\"fp_2025_03\",";

	private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("deepseek-reasoner")
		.addUserMessage("Is 9.11 greater than 9.8?")
		.build();

	private static String chunk(String delta, String finishReason) {
		return "data: " + HEAD + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"logprobs\":null,"
				+ "\"finish_reason\":" + finishReason + ",\"matched_stop\":null}]}\n\n";
	}

	private void serveReasoningStream() {
		String body = chunk("{\"role\":\"assistant\",\"content\":null,\"reasoning_content\":\"Compare the decimals.\"}",
				"null") + chunk("{\"content\":\"No, \",\"reasoning_content\":null}", "null")
				+ chunk("{\"content\":\"9.8 is greater.\"}", "null") + chunk("{}", "\"stop\"") + "data: [DONE]\n\n";
		this.server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body)));
	}

	@Test
	void unknownFieldsOfChunkChoiceAndDeltaAreKeptInExtraAndKnownFieldsNeverAre() {
		serveReasoningStream();

		List<ChatCompletionChunk> chunks = this.client.chatCompletions().streamAsync(REQUEST).collectList().block();

		assertThat(chunks).hasSize(4);
		ChatCompletionChunk first = chunks.get(0);
		assertThat(first.extra()).containsExactly(Map.entry("system_fingerprint_v2", "fp_2025_03"));
		assertThat(first.systemFingerprint()).isEqualTo("fp_44709d6fcb");
		assertThat(first.choices().get(0).extra()).isEmpty();
		assertThat(first.choices().get(0).delta().extra())
			.containsExactly(Map.entry("reasoning_content", "Compare the decimals."));
		assertThat(first.choices().get(0).delta().role()).isEqualTo(ChatRole.ASSISTANT);
		assertThat(chunks.get(1).choices().get(0).delta().extra()).isEmpty();
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson(
				"{\"model\":\"deepseek-reasoner\",\"stream\":true,"
						+ "\"messages\":[{\"role\":\"user\",\"content\":\"Is 9.11 greater than 9.8?\"}]}",
				false, false)));
	}

	@Test
	void accumulatedStreamJoinsTheReasoningPiecesIntoTheMessagesExtra() {
		String body = chunk("{\"role\":\"assistant\",\"content\":null,\"reasoning_content\":\"Compare \"}", "null")
				+ chunk("{\"content\":null,\"reasoning_content\":\"the decimals.\"}", "null")
				+ chunk("{\"content\":\"9.8 is greater.\",\"reasoning_content\":null}", "\"stop\"") + "data: [DONE]\n\n";
		this.server.stubFor(post("/v1/chat/completions")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body)));

		ChatCompletion completion = ChatCompletionAccumulator
			.accumulate(this.client.chatCompletions().streamAsync(REQUEST))
			.block();

		ChatCompletionMessage message = completion.choices().get(0).message();
		assertThat(message.content()).isEqualTo("9.8 is greater.");
		assertThat(message.extra()).containsExactly(Map.entry("reasoning_content", "Compare the decimals."));
	}

	@Test
	void reasoningContentOfACompletionMessageIsReadButNotSentBack() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson("""
				{"id":"b2b0d9a6-5c1e-4c59-9e3e-2f0a4b0c7d11","object":"chat.completion","created":1741570283,
				 "model":"deepseek-reasoner","system_fingerprint":"fp_7e73fd9a08",
				 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
				   "message":{"role":"assistant","content":"9.8 is greater.",
				     "reasoning_content":"Compare the tenths: 8 is more than 1."}}],
				 "usage":{"prompt_tokens":15,"completion_tokens":120,"total_tokens":135}}
				""")));

		ChatCompletionMessage message = this.client.chatCompletions().create(REQUEST).choices().get(0).message();

		assertThat(message.extra())
			.containsExactly(Map.entry("reasoning_content", "Compare the tenths: 8 is more than 1."));
		String written = OpenAIJson.mapper().writeValueAsString(message);
		assertThat(written).contains("\"reasoning_content\":\"Compare the tenths: 8 is more than 1.\"")
			.doesNotContain("\"extra\"");
		assertThat(OpenAIJson.mapper().writeValueAsString(AssistantMessage.from(message)))
			.doesNotContain("reasoning_content");
	}

	@Test
	void chunkTextIsTheContentDeltaOrEmpty() {
		serveReasoningStream();

		List<String> texts = this.client.chatCompletions().streamAsync(REQUEST).map(ChatCompletionChunk::text)
			.collectList()
			.block();

		assertThat(texts).containsExactly("", "No, ", "9.8 is greater.", "");
	}

	@Test
	void streamTextEmitsOnlyTheNonEmptyDeltasReactivelyAndBlocking() {
		serveReasoningStream();

		assertThat(this.client.chatCompletions().streamTextAsync(REQUEST).collectList().block())
			.containsExactly("No, ", "9.8 is greater.");
		try (BlockingStream<String> text = this.client.chatCompletions().streamText(REQUEST)) {
			assertThat(String.join("", text)).isEqualTo("No, 9.8 is greater.");
		}
	}

	@Test
	void unknownTopLevelFieldsOfACompletionAreKeptAndWrittenBackAsTheirOwnFields() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson("""
				{"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion","created":1741569952,
				 "model":"gpt-4o-2024-08-06","system_fingerprint":"fp_44709d6fcb","system_fingerprint_v2":"fp_2025_03",
				 "prompt_logprobs":null,"kv_transfer_params":{"node":"decode-1","blocks":[3,4]},
				 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,"stop_reason":128009,
				   "message":{"role":"assistant","content":"Hello! How can I help?","refusal":null,"annotations":[]}}],
				 "usage":{"prompt_tokens":19,"completion_tokens":10,"total_tokens":29}}
				""")));

		ChatCompletion completion = this.client.chatCompletions().create(REQUEST);

		assertThat(completion.content()).isEqualTo("Hello! How can I help?");
		assertThat(completion.choices().get(0).message().toolCalls()).isEmpty();
		assertThat(completion.systemFingerprint()).isEqualTo("fp_44709d6fcb");
		assertThat(completion.extra()).containsOnlyKeys("system_fingerprint_v2", "kv_transfer_params");
		assertThat(completion.extra()).containsEntry("system_fingerprint_v2", "fp_2025_03")
			.containsEntry("kv_transfer_params", Map.of("node", "decode-1", "blocks", List.of(3, 4)));
		String written = OpenAIJson.mapper().writeValueAsString(completion);
		assertThat(written).contains("\"system_fingerprint_v2\":\"fp_2025_03\"").doesNotContain("\"extra\"");
		assertThat(OpenAIJson.mapper().readValue(written, ChatCompletion.class)).isEqualTo(completion);
	}

}
