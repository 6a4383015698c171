package dev.integrations.openai.autoconfigure;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionAccumulator;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionMessage;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.models.ModelService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named clients of OpenAI-compatible servers next to the OpenAI one: no key, extra body fields, query parameters and
 * headers on every request, and responses shaped like those of vLLM and Ollama (written from their documented
 * OpenAI-compatible formats, not recorded from a live server), including fields OpenAI does not have.
 */
class CompatibleServersWireMockTests {

	/** vLLM 0.8 with a reasoning parser: {@code reasoning_content}, {@code stop_reason}, {@code prompt_logprobs}. */
	static final String VLLM_COMPLETION = """
			{"id": "chatcmpl-9f3c2b1a8e7d4c6b", "object": "chat.completion", "created": 1733490123,
			 "model": "Qwen/Qwen3-8B",
			 "choices": [{"index": 0, "logprobs": null, "finish_reason": "stop", "stop_reason": null,
			   "message": {"role": "assistant", "reasoning_content": "The user greets me; answer briefly.",
			     "content": "Hello! How can I help?", "tool_calls": []}}],
			 "usage": {"prompt_tokens": 14, "total_tokens": 37, "completion_tokens": 23, "prompt_tokens_details": null},
			 "prompt_logprobs": null, "kv_transfer_params": null}
			""";

	/** Ollama's /v1/chat/completions: {@code system_fingerprint} "fp_ollama", no {@code service_tier}. */
	static final String OLLAMA_COMPLETION = """
			{"id": "chatcmpl-412", "object": "chat.completion", "created": 1733490200, "model": "llama3.2:3b",
			 "system_fingerprint": "fp_ollama",
			 "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi there!"},
			   "finish_reason": "stop"}],
			 "usage": {"prompt_tokens": 26, "completion_tokens": 4, "total_tokens": 30}}
			""";

	static final String OLLAMA_MODELS = """
			{"object": "list", "data": [
			  {"id": "llama3.2:3b", "object": "model", "created": 1733400000, "owned_by": "library"},
			  {"id": "nomic-embed-text:latest", "object": "model", "created": 1733300000, "owned_by": "library"}]}
			""";

	/** vLLM's stream with a reasoning parser: {@code reasoning_content} pieces before the content. */
	static final String VLLM_REASONING_STREAM = vllmChunk("{\"role\":\"assistant\",\"content\":\"\"}", "null")
			+ vllmChunk("{\"reasoning_content\":\"The user greets me;\"}", "null")
			+ vllmChunk("{\"reasoning_content\":\" answer briefly.\"}", "null")
			+ vllmChunk("{\"content\":\"Hello! How can I help?\"}", "null") + vllmChunk("{}", "\"stop\"")
			+ "data: [DONE]\n\n";

	private WireMockServer server;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		this.server.start();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIAutoConfiguration.class))
			.withPropertyValues("openai.api-key=sk-test-openai-top-level",
					"openai.clients.vllm.provider=compatible",
					"openai.clients.vllm.base-url=" + this.server.baseUrl() + "/vllm/v1",
					"openai.clients.vllm.extra-body.top_k=20",
					"openai.clients.vllm.extra-body.chat_template_kwargs={\"enable_thinking\": true}",
					"openai.clients.vllm.extra-body.guided_decoding_backend=xgrammar",
					"openai.clients.vllm.extra-query.tenant=blue",
					"openai.clients.vllm.extra-headers.X-Router-Pool=gpu-a100",
					"openai.clients.ollama.provider=compatible",
					"openai.clients.ollama.base-url=" + this.server.baseUrl() + "/ollama/v1",
					"openai.clients.ollama.extra-body.keep_alive=10m");
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void vllmGetsTheExtrasMergedIntoTheRequestAndNoCredentials() {
		this.server.stubFor(post(urlPathEqualTo("/vllm/v1/chat/completions")).willReturn(okJson(VLLM_COMPLETION)));
		this.contextRunner.run((context) -> {
			ChatCompletion completion = chat(context, "vllm").create(ChatCompletionRequest.builder()
				.model("Qwen/Qwen3-8B")
				.addUserMessage("Hello")
				.temperature(0.6)
				.build());
			assertThat(completion.choices().get(0).message().content()).isEqualTo("Hello! How can I help?");
			assertThat(completion.usage()).extracting("totalTokens").isEqualTo(37L);
			this.server.verify(postRequestedFor(urlEqualTo("/vllm/v1/chat/completions?tenant=blue"))
				.withHeader("Authorization", absent())
				.withHeader("X-Router-Pool", equalTo("gpu-a100"))
				.withRequestBody(equalToJson("""
						{"model": "Qwen/Qwen3-8B", "messages": [{"role": "user", "content": "Hello"}],
						 "temperature": 0.6, "top_k": 20, "chat_template_kwargs": {"enable_thinking": true},
						 "guided_decoding_backend": "xgrammar"}
						""", false, false)));
		});
	}

	@Test
	void vllmReasoningIsReadableThroughTheExtrasOfTheMessageAndOfTheStreamDeltas() {
		this.server.stubFor(post(urlPathEqualTo("/vllm/v1/chat/completions"))
			.withRequestBody(matchingJsonPath("$.stream", absent()))
			.willReturn(okJson(VLLM_COMPLETION)));
		this.server.stubFor(post(urlPathEqualTo("/vllm/v1/chat/completions"))
			.withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(VLLM_REASONING_STREAM)));
		this.contextRunner.run((context) -> {
			ChatCompletionRequest request = ChatCompletionRequest.builder()
				.model("Qwen/Qwen3-8B")
				.addUserMessage("Hello")
				.build();
			ChatCompletionMessage message = chat(context, "vllm").create(request).choices().get(0).message();
			assertThat(message.extra()).containsExactly(Map.entry("reasoning_content", "The user greets me; answer briefly."));

			List<ChatCompletionChunk> chunks = chat(context, "vllm").streamAsync(request).collectList().block();
			assertThat(chunks).extracting((chunk) -> chunk.choices().get(0).delta().extra().get("reasoning_content"))
				.containsExactly(null, "The user greets me;", " answer briefly.", null, null);
			ChatCompletion accumulated = ChatCompletionAccumulator.accumulate(chunks);
			assertThat(accumulated.choices().get(0).message().extra())
				.containsExactly(Map.entry("reasoning_content", "The user greets me; answer briefly."));
			assertThat(accumulated.content()).isEqualTo("Hello! How can I help?");
			this.server.verify(postRequestedFor(urlEqualTo("/vllm/v1/chat/completions?tenant=blue"))
				.withRequestBody(equalToJson("""
						{"model": "Qwen/Qwen3-8B", "stream": true, "top_k": 20}
						""", true, true)));
		});
	}

	@Test
	void ollamaAnswersThroughItsOwnClientWithOnlyItsExtras() {
		this.server.stubFor(post(urlPathEqualTo("/ollama/v1/chat/completions")).willReturn(okJson(OLLAMA_COMPLETION)));
		this.server.stubFor(get(urlPathEqualTo("/ollama/v1/models")).willReturn(okJson(OLLAMA_MODELS)));
		this.contextRunner.run((context) -> {
			ChatCompletion completion = chat(context, "ollama")
				.create(ChatCompletionRequest.builder().model("llama3.2:3b").addUserMessage("Hi").build());
			assertThat(completion.systemFingerprint()).isEqualTo("fp_ollama");
			assertThat(completion.choices().get(0).message().content()).isEqualTo("Hi there!");
			ModelService models = context.getBean(OpenAIClients.class).get("ollama").models();
			assertThat(models.list()).extracting("id").containsExactly("llama3.2:3b", "nomic-embed-text:latest");
			this.server.verify(postRequestedFor(urlEqualTo("/ollama/v1/chat/completions"))
				.withHeader("Authorization", absent())
				.withHeader("X-Router-Pool", absent())
				.withRequestBody(equalToJson("""
						{"model": "llama3.2:3b", "messages": [{"role": "user", "content": "Hi"}], "keep_alive": "10m"}
						""", false, false)));
			this.server.verify(getRequestedFor(urlEqualTo("/ollama/v1/models")).withHeader("Authorization", absent()));
		});
	}

	@Test
	void aKeyConfiguredForACompatibleServerIsSentAsBearer() {
		this.server.stubFor(post(urlPathEqualTo("/vllm/v1/chat/completions")).willReturn(okJson(VLLM_COMPLETION)));
		this.contextRunner.withPropertyValues("openai.clients.vllm.api-key=token-vllm-0123").run((context) -> {
			chat(context, "vllm").create(ChatCompletionRequest.builder().model("Qwen/Qwen3-8B").addUserMessage("Hi").build());
			this.server.verify(postRequestedFor(urlPathEqualTo("/vllm/v1/chat/completions"))
				.withHeader("Authorization", equalTo("Bearer token-vllm-0123")));
		});
	}

	private static String vllmChunk(String delta, String finishReason) {
		return "data: {\"id\":\"chatcmpl-9f3c2b1a8e7d4c6b\",\"object\":\"chat.completion.chunk\",\"created\":1733490123,"
				+ "\"model\":\"Qwen/Qwen3-8B\",\"choices\":[{\"index\":0,\"delta\":" + delta
				+ ",\"logprobs\":null,\"finish_reason\":" + finishReason + ",\"stop_reason\":null}]}\n\n";
	}

	private static ChatCompletionService chat(ApplicationContext context, String name) {
		return context.getBean(OpenAIClients.class).get(name).chatCompletions();
	}

}
