package dev.integrations.openai.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.audio.Transcription;
import dev.integrations.openai.audio.TranscriptionRequest;
import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.embeddings.EmbeddingRequest;
import dev.integrations.openai.embeddings.EncodingFormat;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.images.ImageGenerationRequest;
import dev.integrations.openai.responses.Response;
import dev.integrations.openai.responses.ResponseRequest;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Extra body properties ({@link RequestBuilder#putExtra}) on the wire: merged into JSON bodies next to the request's
 * own fields, and added as text fields to multipart forms.
 */
class RequestExtrasTest extends WireMockSupport {

	private static final String COMPLETION = """
			{"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion","created":1741569952,
			 "model":"Qwen/Qwen3-8B","choices":[{"index":0,"finish_reason":"stop",
			   "message":{"role":"assistant","content":"Paris."}}],
			 "usage":{"prompt_tokens":14,"completion_tokens":2,"total_tokens":16}}
			""";

	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	@Test
	void chatExtrasAreMergedIntoTheJsonBodyAndSurviveToBuilder() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		ChatCompletionRequest request = ChatCompletionRequest.builder()
			.model("Qwen/Qwen3-8B")
			.addUserMessage("What is the capital of France?")
			.temperature(0.6)
			.putExtra("top_k", 20)
			.putExtra("chat_template_kwargs", Map.of("enable_thinking", false))
			.putExtra("min_p", 0.5)
			.putExtra("min_p", null)
			.build();

		ChatCompletion completion = this.client.chatCompletions().create(request.toBuilder().temperature(0.7).build());

		assertThat(completion.content()).isEqualTo("Paris.");
		assertThat(request.extra()).containsOnlyKeys("top_k", "chat_template_kwargs");
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{"model":"Qwen/Qwen3-8B","temperature":0.7,"top_k":20,"chat_template_kwargs":{"enable_thinking":false},
				 "messages":[{"role":"user","content":"What is the capital of France?"}]}
				""", false, false)));
	}

	@Test
	void streamedChatRequestsCarryTheExtrasToo() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION).withHeader("Content-Type",
				"text/event-stream")
			.withBody("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1741569952,"
					+ "\"model\":\"Qwen/Qwen3-8B\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Paris.\"}}]}\n\n"
					+ "data: [DONE]\n\n")));

		List<String> text = this.client.chatCompletions()
			.streamTextAsync(ChatCompletionRequest.builder()
				.model("Qwen/Qwen3-8B")
				.addUserMessage("What is the capital of France?")
				.putExtra("top_k", 20)
				.build())
			.collectList()
			.block();

		assertThat(text).containsExactly("Paris.");
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{"model":"Qwen/Qwen3-8B","stream":true,"top_k":20,
				 "messages":[{"role":"user","content":"What is the capital of France?"}]}
				""", false, false)));
	}

	@Test
	void responsesExtrasAreMergedIntoTheJsonBody() {
		this.server.stubFor(post("/v1/responses").willReturn(okJson("""
				{"id":"resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b","object":"response",
				 "created_at":1741476542,"status":"completed","model":"gpt-4.1-2025-04-14",
				 "output":[{"type":"message","id":"msg_67ccd2bf17f0819081ff3bb2cf6508e6","status":"completed",
				   "role":"assistant","content":[{"type":"output_text","text":"Once upon a time...","annotations":[]}]}],
				 "usage":{"input_tokens":36,"output_tokens":87,"total_tokens":123}}
				""")));

		Response response = this.client.responses()
			.create(ResponseRequest.builder()
				.model("gpt-4.1")
				.input("Tell me a three sentence bedtime story about a unicorn.")
				.putExtra("context_management", List.of(Map.of("type", "compaction", "compact_threshold", 200000)))
				.build());

		assertThat(response.outputText()).isEqualTo("Once upon a time...");
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model":"gpt-4.1","input":"Tell me a three sentence bedtime story about a unicorn.",
				 "context_management":[{"type":"compaction","compact_threshold":200000}]}
				""", false, false)));
	}

	@Test
	void embeddingExtrasReplacedAsAWholeAreMergedIntoTheJsonBody() {
		this.server.stubFor(post("/v1/embeddings").willReturn(okJson("""
				{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.0023064255,-0.009327292]}],
				 "model":"text-embedding-3-small","usage":{"prompt_tokens":8,"total_tokens":8}}
				""")));

		this.client.embeddings()
			.create(EmbeddingRequest.builder()
				.model("text-embedding-3-small")
				.input("The food was delicious and the waiter...")
				.encodingFormat(EncodingFormat.FLOAT)
				.putExtra("truncate", "NONE")
				.extra(Map.of("input_type", "query", "truncate", "END"))
				.build());

		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/embeddings")).withRequestBody(equalToJson("""
				{"model":"text-embedding-3-small","input":"The food was delicious and the waiter...",
				 "encoding_format":"float","input_type":"query","truncate":"END"}
				""", false, false)));
	}

	@Test
	void extrasOfARequestWrittenInsideAnotherBodyAreMergedToo() {
		this.server.stubFor(post("/v1/images/generations").willReturn(okJson("""
				{"created":1713833628,"data":[{"b64_json":"iVBORw0KGgo="}],
				 "usage":{"total_tokens":100,"input_tokens":50,"output_tokens":50,
				   "input_tokens_details":{"text_tokens":10,"image_tokens":40}}}
				""")));

		this.client.images()
			.generate(ImageGenerationRequest.builder()
				.model("gpt-image-1")
				.prompt("A cute baby sea otter")
				.putExtra("negative_prompt", "blurry")
				.build());

		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations")).withRequestBody(equalToJson("""
				{"model":"gpt-image-1","prompt":"A cute baby sea otter","negative_prompt":"blurry"}
				""", false, false)));
	}

	@Test
	void multipartExtrasBecomeTextFieldsAfterTheRequestsOwn() {
		this.server.stubFor(post("/v1/audio/transcriptions").willReturn(okJson("""
				{"text":"The beach was a popular spot on a hot summer day."}
				""")));
		byte[] mp3 = { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0x23, (byte) 0xff, (byte) 0xfb, (byte) 0x90 };

		Transcription transcription = this.client.audio()
			.transcriptions()
			.create(TranscriptionRequest.builder().file(FileContent.of(mp3, "beach.mp3")).model("whisper-large-v3")
				.language("en")
				.putExtra("vad_filter", true)
				.putExtra("hotwords", List.of("beach", "summer"))
				.build());

		assertThat(transcription.text()).isEqualTo("The beach was a popular spot on a hot summer day.");
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file", "model", "language", "response_format", "vad_filter", "hotwords");
		assertThat(form.text("vad_filter")).isEqualTo("true");
		assertThat(form.text("hotwords")).isEqualTo("[\"beach\",\"summer\"]");
	}

	@Test
	void aBlankExtraNameIsRejectedBeforeTheNetwork() {
		assertThatThrownBy(() -> EmbeddingRequest.builder().putExtra(" ", 1))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("extra property name");
	}

}
