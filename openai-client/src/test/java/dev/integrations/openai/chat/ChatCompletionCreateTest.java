package dev.integrations.openai.chat;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatCompletionCreateTest extends ChatWireMockTest {

	static final String COMPLETION = """
			{
			  "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
			  "object": "chat.completion",
			  "created": 1741570283,
			  "model": "gpt-4o-2024-08-06",
			  "choices": [
			    {
			      "index": 0,
			      "message": {
			        "role": "assistant",
			        "content": "The image shows a wooden boardwalk path running through a lush green field or meadow.",
			        "refusal": null,
			        "annotations": []
			      },
			      "logprobs": null,
			      "finish_reason": "stop"
			    }
			  ],
			  "usage": {
			    "prompt_tokens": 1117,
			    "completion_tokens": 46,
			    "total_tokens": 1163,
			    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
			    "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
			      "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}
			  },
			  "service_tier": "default",
			  "system_fingerprint": "fp_fc9f1d7035"
			}
			""";

	private static ChatCompletionRequest simpleRequest() {
		return ChatCompletionRequest.builder()
			.model("gpt-4o")
			.addUserMessage(ContentPart.text("What is in this image?"),
					ContentPart.imageUrl("https://upload.wikimedia.org/wikipedia/commons/thumb/d/dd/Gfp-wisconsin-madison-the-nature-boardwalk.jpg/2560px-Gfp-wisconsin-madison-the-nature-boardwalk.jpg"))
			.build();
	}

	@Test
	void createPostsTheRequestWithHeadersAndParsesTheCompletion() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));

		ChatCompletion completion = this.client.chatCompletions().create(simpleRequest());

		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("OpenAI-Organization", equalTo("org-test123"))
			.withHeader("OpenAI-Project", equalTo("proj_test456"))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"model": "gpt-4o", "messages": [{"role": "user", "content": [
					  {"type": "text", "text": "What is in this image?"},
					  {"type": "image_url", "image_url": {"url": "https://upload.wikimedia.org/wikipedia/commons/thumb/d/dd/Gfp-wisconsin-madison-the-nature-boardwalk.jpg/2560px-Gfp-wisconsin-madison-the-nature-boardwalk.jpg"}}
					]}]}
					""", false, false)));
		assertThat(completion.id()).isEqualTo("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG");
		assertThat(completion.object()).isEqualTo("chat.completion");
		assertThat(completion.createdInstant().getEpochSecond()).isEqualTo(1741570283L);
		assertThat(completion.model()).isEqualTo("gpt-4o-2024-08-06");
		assertThat(completion.content()).startsWith("The image shows a wooden boardwalk");
		ChatChoice choice = completion.choices().get(0);
		assertThat(choice.finishReason()).isEqualTo(FinishReason.STOP);
		assertThat(choice.message().role()).isEqualTo(ChatRole.ASSISTANT);
		assertThat(choice.message().refusal()).isNull();
		assertThat(choice.message().annotations()).isEmpty();
		assertThat(choice.logprobs()).isNull();
		assertThat(completion.serviceTier()).isEqualTo(ServiceTier.DEFAULT);
		assertThat(completion.systemFingerprint()).isEqualTo("fp_fc9f1d7035");
		CompletionUsage usage = completion.usage();
		assertThat(usage.totalTokens()).isEqualTo(1163);
		assertThat(usage.promptTokensDetails().cachedTokens()).isZero();
		assertThat(usage.completionTokensDetails().rejectedPredictionTokens()).isZero();
		assertThat(completion.tokenUsage().inputTokens()).isEqualTo(1117);
		assertThat(completion.tokenUsage().outputTokens()).isEqualTo(46);
	}

	@Test
	void createAsyncEmitsTheCompletionAndSendsNoStreamField() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		ChatCompletionRequest request = simpleRequest().toBuilder().stream(true).build();

		StepVerifier.create(this.client.chatCompletions().createAsync(request))
			.assertNext((completion) -> assertThat(completion.usage().promptTokens()).isEqualTo(1117))
			.verifyComplete();
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withRequestBody(matchingJsonPath("$.stream", absent())));
	}

	@Test
	void requestWithEveryKindOfFieldIsWrittenInSnakeCase() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		Map<String, Object> weatherSchema = Map.of("type", "object", "properties",
				Map.of("location", Map.of("type", "string", "description", "The city and state, e.g. San Francisco, CA")),
				"required", List.of("location"), "additionalProperties", false);
		ChatCompletionRequest request = ChatCompletionRequest.builder()
			.model("gpt-4o-audio-preview")
			.addDeveloperMessage("You are a helpful assistant.")
			.addMessage(new SystemMessage(MessageContent.of(List.of(ContentPart.text("Be concise."))), "ops"))
			.addUserMessage(ContentPart.text("Compare these"),
					ContentPart.imageUrl("https://example.com/boardwalk.jpg", ContentPart.ImageDetail.HIGH),
					ContentPart.inputAudio("UklGRiQAAABXQVZFZm10IBAAAAABAAEA", ContentPart.AudioFormat.WAV),
					ContentPart.fileId("file-6F2ksmvXxt4VdoqmHRw6kL"),
					ContentPart.fileData("report.pdf", "data:application/pdf;base64,JVBERi0xLjQK"),
					new ContentPart.Text("Cached prefix ends here", ContentPart.EXPLICIT_BREAKPOINT))
			.addMessage(AssistantMessage.builder()
				.content(MessageContent.of(List.of(ContentPart.refusal("I can't help with that."))))
				.audio(new AssistantMessage.AudioReference("audio_abc123"))
				.toolCalls(List.of(ToolCall.function("call_abc123", "get_current_weather", "{\"location\":\"Boston, MA\"}"),
						new ToolCall.Custom("call_def456", new ToolCall.CustomCall("run_sql", "SELECT 1"))))
				.build())
			.addToolMessage("call_abc123", "{\"temperature\": 22, \"unit\": \"celsius\"}")
			.addMessage(new FunctionMessage("{\"temperature\": 22}", "get_current_weather"))
			.audio(new AudioOutput(AudioOutput.Voice.ALLOY, AudioOutput.Format.WAV))
			.frequencyPenalty(0.5)
			.presencePenalty(-0.5)
			.functionCall(FunctionCallChoice.function("get_current_weather"))
			.functions(List.of(new FunctionDefinition("get_current_weather", "Get the weather", weatherSchema, null)))
			.logitBias(Map.of("50256", -100))
			.logprobs(true)
			.topLogprobs(2)
			.maxCompletionTokens(512)
			.maxTokens(256)
			.putMetadata("customer", "acme")
			.modalities(Modality.TEXT, Modality.AUDIO)
			.moderation(new ModerationOptions("omni-moderation-latest", new ModerationOptions.Policy(
					new ModerationOptions.Config(ModerationOptions.Mode.SCORE),
					new ModerationOptions.Config(ModerationOptions.Mode.BLOCK))))
			.n(2)
			.parallelToolCalls(false)
			.prediction(Prediction.of("class User { String name; }"))
			.promptCacheKey("prompt-cache-key-1234")
			.promptCacheOptions(new PromptCacheOptions(PromptCacheOptions.TTL_30_MINUTES, PromptCacheOptions.Mode.EXPLICIT))
			.promptCacheRetention(PromptCacheRetention.HOURS_24)
			.reasoningEffort(ReasoningEffort.LOW)
			.responseFormat(ResponseFormat.jsonSchema("weather", weatherSchema))
			.safetyIdentifier("safety-identifier-1234")
			.seed(4944116822809979520L)
			.serviceTier(ServiceTier.FLEX)
			.stop("\n", "END")
			.store(true)
			.temperature(0.7)
			.topP(0.9)
			.toolChoice(ToolChoice.REQUIRED)
			.addFunctionTool(new FunctionDefinition("get_current_weather", "Get the weather", weatherSchema, true))
			.addTool(new ChatTool.Custom(new ChatTool.CustomDefinition("run_sql", "Runs read-only SQL",
					ChatTool.Format.grammar(ChatTool.Syntax.LARK, "start: \"SELECT\" WORD"))))
			.user("user-1234")
			.verbosity(Verbosity.HIGH)
			.webSearchOptions(new WebSearchOptions(new WebSearchOptions.UserLocation(
					new WebSearchOptions.Approximate("US", "California", "San Francisco", "America/Los_Angeles")),
					WebSearchOptions.ContextSize.LOW))
			.build();

		this.client.chatCompletions().create(request);

		this.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{
				  "model": "gpt-4o-audio-preview",
				  "messages": [
				    {"role": "developer", "content": "You are a helpful assistant."},
				    {"role": "system", "name": "ops", "content": [{"type": "text", "text": "Be concise."}]},
				    {"role": "user", "content": [
				      {"type": "text", "text": "Compare these"},
				      {"type": "image_url", "image_url": {"url": "https://example.com/boardwalk.jpg", "detail": "high"}},
				      {"type": "input_audio", "input_audio": {"data": "UklGRiQAAABXQVZFZm10IBAAAAABAAEA", "format": "wav"}},
				      {"type": "file", "file": {"file_id": "file-6F2ksmvXxt4VdoqmHRw6kL"}},
				      {"type": "file", "file": {"filename": "report.pdf", "file_data": "data:application/pdf;base64,JVBERi0xLjQK"}},
				      {"type": "text", "text": "Cached prefix ends here", "prompt_cache_breakpoint": {"mode": "explicit"}}
				    ]},
				    {"role": "assistant", "content": [{"type": "refusal", "refusal": "I can't help with that."}],
				     "audio": {"id": "audio_abc123"},
				     "tool_calls": [
				       {"id": "call_abc123", "type": "function", "function": {"name": "get_current_weather", "arguments": "{\\"location\\":\\"Boston, MA\\"}"}},
				       {"id": "call_def456", "type": "custom", "custom": {"name": "run_sql", "input": "SELECT 1"}}
				     ]},
				    {"role": "tool", "tool_call_id": "call_abc123", "content": "{\\"temperature\\": 22, \\"unit\\": \\"celsius\\"}"},
				    {"role": "function", "name": "get_current_weather", "content": "{\\"temperature\\": 22}"}
				  ],
				  "audio": {"voice": "alloy", "format": "wav"},
				  "frequency_penalty": 0.5,
				  "presence_penalty": -0.5,
				  "function_call": {"name": "get_current_weather"},
				  "functions": [{"name": "get_current_weather", "description": "Get the weather", "parameters": {
				    "type": "object", "properties": {"location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"}},
				    "required": ["location"], "additionalProperties": false}}],
				  "logit_bias": {"50256": -100},
				  "logprobs": true,
				  "top_logprobs": 2,
				  "max_completion_tokens": 512,
				  "max_tokens": 256,
				  "metadata": {"customer": "acme"},
				  "modalities": ["text", "audio"],
				  "moderation": {"model": "omni-moderation-latest", "policy": {"input": {"mode": "score"}, "output": {"mode": "block"}}},
				  "n": 2,
				  "parallel_tool_calls": false,
				  "prediction": {"type": "content", "content": "class User { String name; }"},
				  "prompt_cache_key": "prompt-cache-key-1234",
				  "prompt_cache_options": {"ttl": "30m", "mode": "explicit"},
				  "prompt_cache_retention": "24h",
				  "reasoning_effort": "low",
				  "response_format": {"type": "json_schema", "json_schema": {"name": "weather", "strict": true, "schema": {
				    "type": "object", "properties": {"location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"}},
				    "required": ["location"], "additionalProperties": false}}},
				  "safety_identifier": "safety-identifier-1234",
				  "seed": 4944116822809979520,
				  "service_tier": "flex",
				  "stop": ["\\n", "END"],
				  "store": true,
				  "temperature": 0.7,
				  "top_p": 0.9,
				  "tool_choice": "required",
				  "tools": [
				    {"type": "function", "function": {"name": "get_current_weather", "description": "Get the weather", "strict": true, "parameters": {
				      "type": "object", "properties": {"location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"}},
				      "required": ["location"], "additionalProperties": false}}},
				    {"type": "custom", "custom": {"name": "run_sql", "description": "Runs read-only SQL",
				      "format": {"type": "grammar", "grammar": {"definition": "start: \\"SELECT\\" WORD", "syntax": "lark"}}}}
				  ],
				  "user": "user-1234",
				  "verbosity": "high",
				  "web_search_options": {"user_location": {"type": "approximate", "approximate": {
				    "country": "US", "region": "California", "city": "San Francisco", "timezone": "America/Los_Angeles"}},
				    "search_context_size": "low"}
				}
				""", false, false)));
	}

	@Test
	void unionFieldsAreWrittenInEachShape() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson(COMPLETION)));
		ChatCompletionRequest base = ChatCompletionRequest.builder().model("gpt-4o-mini").addUserMessage("Hi").build();

		this.client.chatCompletions().create(base.toBuilder()
			.toolChoice(ToolChoice.function("get_current_weather"))
			.functionCall(FunctionCallChoice.AUTO)
			.stop("END")
			.responseFormat(ResponseFormat.jsonObject())
			.audio(new AudioOutput(AudioOutput.Voice.custom("voice_1234"), AudioOutput.Format.MP3))
			.build());
		this.client.chatCompletions().create(base.toBuilder()
			.toolChoice(ToolChoice.allowedTools(ToolChoice.AllowedMode.AUTO,
					List.of(Map.of("type", "function", "function", Map.of("name", "get_weather")))))
			.responseFormat(ResponseFormat.text())
			.webSearchOptions(new WebSearchOptions(null, null))
			.build());
		this.client.chatCompletions().create(base.toBuilder().toolChoice(ToolChoice.custom("run_sql")).build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}],
				 "tool_choice": {"type": "function", "function": {"name": "get_current_weather"}},
				 "function_call": "auto", "stop": "END", "response_format": {"type": "json_object"},
				 "audio": {"voice": {"id": "voice_1234"}, "format": "mp3"}}
				""", false, false)));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}],
				 "tool_choice": {"type": "allowed_tools", "allowed_tools": {"mode": "auto",
				   "tools": [{"type": "function", "function": {"name": "get_weather"}}]}},
				 "response_format": {"type": "text"}, "web_search_options": {}}
				""", false, false)));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}],
				 "tool_choice": {"type": "custom", "custom": {"name": "run_sql"}}}
				""", false, false)));
	}

	@Test
	void toolCallsAnnotationsAudioAndLogprobsAreParsed() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson("""
				{"id": "chatcmpl-abc123", "object": "chat.completion", "created": 1699896916, "model": "gpt-4o-mini",
				 "choices": [{"index": 0, "finish_reason": "tool_calls",
				   "message": {"role": "assistant", "content": "Sunny, per [weather.com](https://weather.com).", "refusal": null,
				     "tool_calls": [
				       {"id": "call_abc123", "type": "function", "function": {"name": "get_current_weather", "arguments": "{\\n\\"location\\": \\"Boston, MA\\"\\n}"}},
				       {"id": "call_def456", "type": "custom", "custom": {"name": "run_sql", "input": "SELECT 1"}}],
				     "annotations": [{"type": "url_citation", "url_citation": {"start_index": 11, "end_index": 46,
				       "url": "https://weather.com", "title": "Weather forecast"}}],
				     "audio": {"id": "audio_abc123", "expires_at": 1729018505, "data": "UklGRiQAAABXQVZF", "transcript": "Sunny."},
				     "function_call": {"name": "get_current_weather", "arguments": "{}"}},
				   "logprobs": {"content": [{"token": "Sunny", "logprob": -0.31725305, "bytes": [83, 117, 110, 110, 121],
				     "top_logprobs": [{"token": "Sunny", "logprob": -0.31725305, "bytes": [83, 117, 110, 110, 121]},
				                      {"token": "Clear", "logprob": -1.3190403, "bytes": null}]}], "refusal": null}}],
				 "usage": {"prompt_tokens": 82, "completion_tokens": 17, "total_tokens": 99}}
				""")));

		ChatCompletion completion = this.client.chatCompletions().create(simpleRequest());

		ChatCompletionMessage message = completion.choices().get(0).message();
		assertThat(completion.choices().get(0).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(message.toolCalls()).containsExactly(
				ToolCall.function("call_abc123", "get_current_weather", "{\n\"location\": \"Boston, MA\"\n}"),
				new ToolCall.Custom("call_def456", new ToolCall.CustomCall("run_sql", "SELECT 1")));
		assertThat(message.annotations()).singleElement().satisfies((annotation) -> {
			assertThat(annotation.type()).isEqualTo("url_citation");
			assertThat(annotation.urlCitation()).isEqualTo(
					new ChatAnnotation.UrlCitation(11, 46, "https://weather.com", "Weather forecast"));
		});
		assertThat(message.audio().expiresAtInstant().getEpochSecond()).isEqualTo(1729018505L);
		assertThat(message.audio().transcript()).isEqualTo("Sunny.");
		assertThat(message.functionCall()).isEqualTo(new FunctionCall("get_current_weather", "{}"));
		TokenLogprob logprob = completion.choices().get(0).logprobs().content().get(0);
		assertThat(logprob.bytes()).containsExactly(83, 117, 110, 110, 121);
		assertThat(logprob.topLogprobs()).extracting(TokenLogprob.TopLogprob::token).containsExactly("Sunny", "Clear");
		assertThat(logprob.topLogprobs().get(1).bytes()).isEmpty();
		assertThat(completion.choices().get(0).logprobs().refusal()).isEmpty();
		assertThat(completion.serviceTier()).isNull();

		AssistantMessage history = AssistantMessage.from(message);
		assertThat(history.toolCalls()).hasSize(2);
		assertThat(history.audio().id()).isEqualTo("audio_abc123");
	}

	@Test
	void unknownFinishReasonServiceTierAndFieldsAreTolerated() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(okJson("""
				{"id": "chatcmpl-new", "object": "chat.completion", "created": 1741570283, "model": "gpt-4o-mini",
				 "brand_new_field": {"nested": [1, 2]},
				 "choices": [{"index": 0, "finish_reason": "guardrail_paused", "logprobs": null,
				   "message": {"role": "assistant", "content": "Partial", "refusal": null, "reasoning_summary": "new"}}],
				 "service_tier": "turbo",
				 "usage": {"prompt_tokens": 5, "completion_tokens": 1, "total_tokens": 6, "future_tokens": 3}}
				""")));

		ChatCompletion completion = this.client.chatCompletions().create(simpleRequest());

		assertThat(completion.choices().get(0).finishReason()).isEqualTo(FinishReason.UNKNOWN);
		assertThat(completion.serviceTier()).isEqualTo(ServiceTier.UNKNOWN);
		assertThat(completion.content()).isEqualTo("Partial");
		assertThat(completion.usage().totalTokens()).isEqualTo(6);
	}

	@Test
	void streamOptionsAreRefusedOnANonStreamedCreate() {
		ChatCompletionRequest request = simpleRequest().toBuilder().streamOptions(StreamOptions.withUsage()).build();

		assertThatThrownBy(() -> this.client.chatCompletions().create(request))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessage("stream_options is only allowed when streaming; use ChatCompletionService.stream");
		StepVerifier.create(this.client.chatCompletions().createAsync(request))
			.expectError(OpenAIValidationException.class)
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
