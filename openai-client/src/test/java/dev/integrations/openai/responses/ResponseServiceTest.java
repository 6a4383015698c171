package dev.integrations.openai.responses;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.NotFoundException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseServiceTest extends WireMockSupport {

	static final String BEDTIME_STORY = """
			{
			  "id": "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b",
			  "object": "response",
			  "created_at": 1741476542,
			  "status": "completed",
			  "completed_at": 1741476543,
			  "error": null,
			  "incomplete_details": null,
			  "instructions": null,
			  "max_output_tokens": null,
			  "model": "gpt-5.4",
			  "output": [
			    {
			      "type": "message",
			      "id": "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b",
			      "status": "completed",
			      "role": "assistant",
			      "content": [
			        {
			          "type": "output_text",
			          "text": "In a peaceful grove beneath a silver moon, a unicorn named Lumina discovered a hidden pool that reflected the stars.",
			          "annotations": []
			        }
			      ]
			    }
			  ],
			  "parallel_tool_calls": true,
			  "previous_response_id": null,
			  "reasoning": {"effort": null, "summary": null},
			  "store": true,
			  "temperature": 1.0,
			  "text": {"format": {"type": "text"}},
			  "tool_choice": "auto",
			  "tools": [],
			  "top_p": 1.0,
			  "truncation": "disabled",
			  "usage": {
			    "input_tokens": 36,
			    "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
			    "output_tokens": 87,
			    "output_tokens_details": {"reasoning_tokens": 0},
			    "total_tokens": 123
			  },
			  "user": null,
			  "metadata": {}
			}
			""";

	@Test
	void createSendsTextInputAndParsesTheSpecExample() {
		this.server.stubFor(post("/v1/responses").willReturn(okJson(BEDTIME_STORY)));

		Response response = this.client.responses()
			.create(ResponseRequest.builder()
				.model("gpt-5.4")
				.input("Tell me a three sentence bedtime story about a unicorn.")
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"model": "gpt-5.4", "input": "Tell me a three sentence bedtime story about a unicorn."}
					""", false, false)));
		assertThat(response.id()).isEqualTo("resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b");
		assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
		assertThat(response.createdAtInstant().getEpochSecond()).isEqualTo(1741476542L);
		assertThat(response.completedAt()).isEqualTo(1741476543L);
		assertThat(response.completedAtInstant()).isEqualTo(Instant.ofEpochSecond(1741476543L));
		assertThat(response.model()).isEqualTo("gpt-5.4");
		assertThat(response.outputText()).startsWith("In a peaceful grove").endsWith("reflected the stars.");
		assertThat(response.messages()).singleElement().satisfies((message) -> {
			assertThat(message.role()).isEqualTo("assistant");
			assertThat(message.status()).isEqualTo("completed");
		});
		assertThat(response.toolChoice()).isEqualTo(ToolChoice.AUTO);
		assertThat(response.text().format()).isEqualTo(TextFormat.TEXT);
		assertThat(response.usage().totalTokens()).isEqualTo(123);
		assertThat(response.usage().outputTokensDetails().reasoningTokens()).isZero();
		assertThat(response.tokenUsage()).satisfies((usage) -> {
			assertThat(usage.inputTokens()).isEqualTo(36);
			assertThat(usage.outputTokens()).isEqualTo(87);
		});
	}

	@Test
	void createSendsEveryCommonFieldByItsWireName() {
		this.server.stubFor(post("/v1/responses").willReturn(okJson(BEDTIME_STORY)));

		this.client.responses()
			.create(ResponseRequest.builder()
				.model("gpt-5")
				.instructions("You are a concise assistant.")
				.input(ResponseItem.developer("Answer in English."),
						ResponseItem.user(ContentPart.text("What is in this image?"),
								ContentPart.imageUrl("https://upload.wikimedia.org/wikipedia/commons/a/a7/Camponotus_flavomarginatus_ant.jpg"),
								ContentPart.file("file-6F2ksmvXxt4VdoqmHRw6kL")),
						ResponseItem.assistant("It shows an ant."), ResponseItem.reference("msg_67cb71b3c2b0819084d481baaaf148f2"))
				.reasoning(ReasoningConfig.of(ReasoningConfig.Effort.LOW, "auto"))
				.verbosity("low")
				.maxOutputTokens(1024)
				.maxToolCalls(3)
				.parallelToolCalls(false)
				.store(false)
				.temperature(0.2)
				.topP(0.9)
				.topLogprobs(5)
				.truncation("auto")
				.addInclude(ResponseInclude.REASONING_ENCRYPTED_CONTENT, ResponseInclude.OUTPUT_TEXT_LOGPROBS)
				.metadata(Map.of("ticket", "T-4711"))
				.serviceTier("flex")
				.promptCacheKey("support-bot-v2")
				.safetyIdentifier("3f1c9a5e0b7d")
				.conversation("conv_689667905b048191b4740501625afd940c7533ace33a2dab")
				.streamOptions(new ResponseRequest.StreamOptions(false))
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{
				  "model": "gpt-5",
				  "instructions": "You are a concise assistant.",
				  "input": [
				    {"type": "message", "role": "developer", "content": [{"type": "input_text", "text": "Answer in English."}]},
				    {"type": "message", "role": "user", "content": [
				      {"type": "input_text", "text": "What is in this image?"},
				      {"type": "input_image", "detail": "auto",
				       "image_url": "https://upload.wikimedia.org/wikipedia/commons/a/a7/Camponotus_flavomarginatus_ant.jpg"},
				      {"type": "input_file", "file_id": "file-6F2ksmvXxt4VdoqmHRw6kL"}
				    ]},
				    {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "It shows an ant.", "annotations": []}]},
				    {"type": "item_reference", "id": "msg_67cb71b3c2b0819084d481baaaf148f2"}
				  ],
				  "reasoning": {"effort": "low", "summary": "auto"},
				  "text": {"verbosity": "low"},
				  "max_output_tokens": 1024,
				  "max_tool_calls": 3,
				  "parallel_tool_calls": false,
				  "store": false,
				  "temperature": 0.2,
				  "top_p": 0.9,
				  "top_logprobs": 5,
				  "truncation": "auto",
				  "include": ["reasoning.encrypted_content", "message.output_text.logprobs"],
				  "metadata": {"ticket": "T-4711"},
				  "service_tier": "flex",
				  "prompt_cache_key": "support-bot-v2",
				  "safety_identifier": "3f1c9a5e0b7d",
				  "conversation": "conv_689667905b048191b4740501625afd940c7533ace33a2dab",
				  "stream_options": {"include_obfuscation": false}
				}
				""", false, false)));
	}

	@Test
	void structuredOutputSendsTheJsonSchemaFormat() {
		this.server.stubFor(post("/v1/responses").willReturn(okJson(BEDTIME_STORY)));
		Map<String, Object> schema = Map.of("type", "object", "properties",
				Map.of("name", Map.of("type", "string"), "date", Map.of("type", "string"), "participants",
						Map.of("type", "array", "items", Map.of("type", "string"))),
				"required", List.of("name", "date", "participants"), "additionalProperties", false);

		this.client.responses()
			.create(ResponseRequest.builder()
				.model("gpt-5")
				.input(ResponseItem.user("Alice and Bob are going to a science fair on Friday."))
				.verbosity("medium")
				.jsonSchema("calendar_event", schema, true)
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{
				  "model": "gpt-5",
				  "input": [{"type": "message", "role": "user",
				             "content": [{"type": "input_text", "text": "Alice and Bob are going to a science fair on Friday."}]}],
				  "text": {
				    "format": {
				      "type": "json_schema",
				      "name": "calendar_event",
				      "strict": true,
				      "schema": {
				        "type": "object",
				        "properties": {
				          "name": {"type": "string"},
				          "date": {"type": "string"},
				          "participants": {"type": "array", "items": {"type": "string"}}
				        },
				        "required": ["name", "date", "participants"],
				        "additionalProperties": false
				      }
				    },
				    "verbosity": "medium"
				  }
				}
				""", false, false)));
	}

	@Test
	void toolsAreSentWithTheirWireShapes() {
		this.server.stubFor(post("/v1/responses").willReturn(okJson(BEDTIME_STORY)));

		this.client.responses()
			.create(ResponseRequest.builder()
				.model("gpt-5")
				.input("What is the weather like in Paris today, and what do our travel policies say?")
				.addTool(ResponseTool.function("get_weather", "Get the current weather in a location",
						Map.of("type", "object", "properties", Map.of("location", Map.of("type", "string")), "required",
								List.of("location"), "additionalProperties", false))).addTool(ResponseTool.fileSearch("vs_1234567890")
							.withMaxNumResults(5)
							.withFilters(FileSearchFilter.and(FileSearchFilter.eq("region", "emea"),
									FileSearchFilter.compare("gte", "year", 2024)))).addTool(ResponseTool.webSearch()
					.withAllowedDomains("meteofrance.com")
					.withUserLocation(ApproximateLocation.of("FR", "Ile-de-France", "Paris",
							"Europe/Paris"))
					.withSearchContextSize("low"))
				.addTool(ResponseTool.codeInterpreter())
				.toolChoice(ToolChoice.REQUIRED)
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{
				  "model": "gpt-5",
				  "input": "What is the weather like in Paris today, and what do our travel policies say?",
				  "tools": [
				    {"type": "function", "name": "get_weather", "description": "Get the current weather in a location",
				     "strict": true,
				     "parameters": {"type": "object", "properties": {"location": {"type": "string"}},
				                    "required": ["location"], "additionalProperties": false}},
				    {"type": "file_search", "vector_store_ids": ["vs_1234567890"], "max_num_results": 5,
				     "filters": {"type": "and", "filters": [
				       {"type": "eq", "key": "region", "value": "emea"},
				       {"type": "gte", "key": "year", "value": 2024}]}},
				    {"type": "web_search", "filters": {"allowed_domains": ["meteofrance.com"]},
				     "user_location": {"type": "approximate", "country": "FR", "region": "Ile-de-France",
				                       "city": "Paris", "timezone": "Europe/Paris"},
				     "search_context_size": "low"},
				    {"type": "code_interpreter", "container": {"type": "auto"}}
				  ],
				  "tool_choice": "required"
				}
				""", false, false)));
	}

	@Test
	void functionCallOutputContinuesThePreviousResponse() {
		this.server.stubFor(post("/v1/responses").willReturn(okJson(BEDTIME_STORY)));

		this.client.responses()
			.create(ResponseRequest.builder()
				.model("gpt-5")
				.previousResponseId("resp_68af4030592c81938ec0a5fbab4a3e9f05438e46b5f69a3b")
				.input(ResponseItem.functionCallOutput("call_12345xyz", "{\"temperature_c\": 18}"))
				.toolChoice(ToolChoice.function("get_weather"))
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{
				  "model": "gpt-5",
				  "previous_response_id": "resp_68af4030592c81938ec0a5fbab4a3e9f05438e46b5f69a3b",
				  "input": [{"type": "function_call_output", "call_id": "call_12345xyz", "output": "{\\"temperature_c\\": 18}"}],
				  "tool_choice": {"type": "function", "name": "get_weather"}
				}
				""", false, false)));
	}

	@Test
	void retrieveSendsIncludeAsRepeatedBracketParameters() {
		this.server.stubFor(get(urlPathEqualTo("/v1/responses/resp_123")).willReturn(okJson(BEDTIME_STORY)));

		Response response = this.client.responses()
			.retrieve("resp_123", List.of(ResponseInclude.FILE_SEARCH_CALL_RESULTS, ResponseInclude.OUTPUT_TEXT_LOGPROBS));

		assertThat(response.status()).isEqualTo(ResponseStatus.COMPLETED);
		this.server.verify(getRequestedFor(urlPathEqualTo("/v1/responses/resp_123"))
			.withQueryParam("include[]", havingExactly("file_search_call.results", "message.output_text.logprobs"))
			.withQueryParam("stream", absent()));
	}

	@Test
	void deleteAndCancelUseTheirRoutes() {
		this.server.stubFor(delete("/v1/responses/resp_6786a1bec27481909a17d673315b29f6").willReturn(okJson("""
				{"id": "resp_6786a1bec27481909a17d673315b29f6", "object": "response", "deleted": true}
				""")));
		this.server.stubFor(post("/v1/responses/resp_123/cancel")
			.willReturn(okJson(BEDTIME_STORY.replace("\"completed\",\n", "\"cancelled\",\n"))));

		DeletionStatus deleted = this.client.responses().delete("resp_6786a1bec27481909a17d673315b29f6");
		Response cancelled = this.client.responses().cancelAsync("resp_123").block();

		assertThat(deleted.deleted()).isTrue();
		assertThat(deleted.object()).isEqualTo("response");
		assertThat(cancelled.status()).isEqualTo(ResponseStatus.CANCELLED);
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/responses/resp_6786a1bec27481909a17d673315b29f6")));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses/resp_123/cancel")));
	}

	@Test
	void listInputItemsSendsCursorQueryAndPagesThroughEveryItem() {
		this.server.stubFor(get(urlPathEqualTo("/v1/responses/resp_abc123/input_items")).withQueryParam("after", absent())
			.willReturn(okJson("""
					{"object": "list", "data": [
					  {"id": "msg_abc123", "type": "message", "role": "user", "status": "completed",
					   "content": [{"type": "input_text", "text": "Tell me a three sentence bedtime story about a unicorn."}]},
					  {"id": "fc_67ca09c5efe0819096d0511c92b8c890", "type": "function_call", "status": "completed",
					   "call_id": "call_unLAR8MvFNptuiZK6K6HCy5k", "name": "get_current_weather",
					   "arguments": "{\\"location\\":\\"Boston, MA\\",\\"unit\\":\\"celsius\\"}"}
					], "first_id": "msg_abc123", "last_id": "fc_67ca09c5efe0819096d0511c92b8c890", "has_more": true}
					""")));
		this.server.stubFor(get(urlPathEqualTo("/v1/responses/resp_abc123/input_items"))
			.withQueryParam("after", equalTo("fc_67ca09c5efe0819096d0511c92b8c890"))
			.willReturn(okJson("""
					{"object": "list", "data": [
					  {"id": "cu_67ca09c5efe0", "type": "computer_call_output", "call_id": "call_7", "output": {"type": "computer_screenshot"}}
					], "first_id": "cu_67ca09c5efe0", "last_id": "cu_67ca09c5efe0", "has_more": false}
					""")));
		InputItemListParams params = InputItemListParams.of(SortOrder.ASC, 2)
			.withInclude(List.of(ResponseInclude.MESSAGE_INPUT_IMAGE_URL));

		ListResponse<ResponseItem> page = this.client.responses().listInputItems("resp_abc123", params);
		List<ResponseItem> all = this.client.responses().listInputItemsAutoPaging("resp_abc123", params).stream().toList();

		assertThat(page.hasMore()).isTrue();
		assertThat(page.data().get(0)).isInstanceOfSatisfying(ResponseItem.Message.class,
				(message) -> assertThat(message.text()).startsWith("Tell me a three sentence"));
		assertThat(page.data().get(1)).isInstanceOfSatisfying(ResponseItem.FunctionCall.class, (call) -> {
			assertThat(call.callId()).isEqualTo("call_unLAR8MvFNptuiZK6K6HCy5k");
			assertThat(call.arguments()).isEqualTo("{\"location\":\"Boston, MA\",\"unit\":\"celsius\"}");
		});
		assertThat(all).extracting(ResponseItem::type).containsExactly("message", "function_call", "computer_call_output");
		assertThat(all.get(2)).isInstanceOfSatisfying(ToolCallItem.ComputerCallOutput.class,
				(item) -> assertThat(item.callId()).isEqualTo("call_7"));
		this.server.verify(2, getRequestedFor(urlPathEqualTo("/v1/responses/resp_abc123/input_items"))
			.withQueryParam("limit", equalTo("2"))
			.withQueryParam("order", equalTo("asc"))
			.withQueryParam("include[]", equalTo("message.input_image.image_url"))
			.withQueryParam("after", absent()));
		this.server.verify(1, getRequestedFor(urlPathEqualTo("/v1/responses/resp_abc123/input_items"))
			.withQueryParam("after", equalTo("fc_67ca09c5efe0819096d0511c92b8c890")));
	}

	@Test
	void countInputTokensSendsTheInputOfARequest() {
		this.server.stubFor(post("/v1/responses/input_tokens").willReturn(okJson("""
				{"object": "response.input_tokens", "input_tokens": 11}
				""")));
		ResponseRequest request = ResponseRequest.builder()
			.model("gpt-5")
			.instructions("Be brief.")
			.input("Tell me a joke.")
			.temperature(0.7)
			.build();

		StepVerifier.create(this.client.responses().countInputTokensAsync(InputTokensRequest.from(request)))
			.assertNext((count) -> assertThat(count.inputTokens()).isEqualTo(11))
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses/input_tokens")).withRequestBody(equalToJson("""
				{"model": "gpt-5", "instructions": "Be brief.", "input": "Tell me a joke."}
				""", false, false)));
	}

	@Test
	void countInputTokensBuiltWithTheBuilderSendsItsOwnFieldsAndExtraProperties() {
		this.server.stubFor(post("/v1/responses/input_tokens").willReturn(okJson("""
				{"object": "response.input_tokens", "input_tokens": 23}
				""")));
		InputTokensRequest request = InputTokensRequest.of("gpt-5", "Tell me a joke.")
			.toBuilder()
			.personality("friendly")
			.previousResponseId("resp_67c9fdcecf488190bdd9a0409de3a1ec")
			.putExtra("prompt_cache_key", "jokes")
			.build();

		assertThat(this.client.responses().countInputTokens(request).inputTokens()).isEqualTo(23);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses/input_tokens")).withRequestBody(equalToJson("""
				{"model": "gpt-5", "input": "Tell me a joke.", "personality": "friendly",
				 "previous_response_id": "resp_67c9fdcecf488190bdd9a0409de3a1ec", "prompt_cache_key": "jokes"}
				""", false, false)));
	}

	@Test
	void apiErrorsBecomeTypedExceptions() {
		this.server.stubFor(get("/v1/responses/resp_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_9f2c")
			.withBody("""
					{"error": {"message": "Response with id 'resp_missing' not found.", "type": "invalid_request_error",
					 "param": null, "code": null}}
					""")));
		this.server.stubFor(post("/v1/responses").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Invalid schema for response_format 'calendar_event': 'required' is required to be supplied.",
					 "type": "invalid_request_error", "param": "text.format.schema", "code": "invalid_json_schema"}}
					""")));

		assertThatThrownBy(() -> this.client.responses().retrieve("resp_missing"))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> assertThat(ex.requestId()).isEqualTo("req_9f2c"));
		StepVerifier.create(this.client.responses().createAsync(ResponseRequest.builder().model("gpt-5").input("Hi").build()))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.param()).isEqualTo("text.format.schema");
				assertThat(ex.code()).isEqualTo("invalid_json_schema");
			}))
			.verify();
	}

}
