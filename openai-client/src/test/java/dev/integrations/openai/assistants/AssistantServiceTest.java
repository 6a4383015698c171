package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SuppressWarnings("deprecation")
class AssistantServiceTest extends WireMockSupport {

	static final String MATH_TUTOR = """
			{
			  "id": "asst_abc123",
			  "object": "assistant",
			  "created_at": 1698984975,
			  "name": "Math Tutor",
			  "description": null,
			  "model": "gpt-4o",
			  "instructions": "You are a personal math tutor. When asked a question, write and run Python code to answer the question.",
			  "tools": [
			    {"type": "code_interpreter"},
			    {"type": "file_search", "file_search": {"max_num_results": 8,
			      "ranking_options": {"ranker": "default_2024_08_21", "score_threshold": 0.5}}},
			    {"type": "function", "function": {"name": "get_weather", "description": "Current weather in a city",
			      "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
			      "strict": true}}
			  ],
			  "tool_resources": {"code_interpreter": {"file_ids": ["file-abc123"]},
			                     "file_search": {"vector_store_ids": ["vs_abc123"]}},
			  "metadata": {"team": "math"},
			  "top_p": 1.0,
			  "temperature": 1.0,
			  "response_format": "auto"
			}
			""";

	private static final Map<String, Object> WEATHER_PARAMETERS = Map.of("type", "object", "properties",
			Map.of("city", Map.of("type", "string")), "required", List.of("city"));

	@Test
	void createSendsBetaHeaderAndEveryFieldAndParsesTheAssistant() {
		this.server.stubFor(post("/v1/assistants").willReturn(okJson(MATH_TUTOR)));

		Assistant assistant = this.client.assistants()
			.create(AssistantRequest.builder()
				.model("gpt-4o")
				.name("Math Tutor")
				.instructions("You are a personal math tutor.")
				.tool(AssistantTool.codeInterpreter())
				.tool(AssistantTool.fileSearch(8,
						new FileSearchRankingOptions(FileSearchRankingOptions.DEFAULT_2024_08_21, 0.5)))
				.tool(AssistantTool.function(new FunctionDefinition("get_weather", "Current weather in a city",
						WEATHER_PARAMETERS, true)))
				.toolResources(new ToolResources(new ToolResources.CodeInterpreter(List.of("file-abc123")),
						new ToolResources.FileSearch(null, List.of(new ToolResources.NewVectorStore(
								List.of("file-def456"), dev.integrations.openai.vectorstores.ChunkingStrategy.fixed(800, 400),
								Map.of("source", "handbook"))))))
				.metadata(Map.of("team", "math"))
				.temperature(0.2)
				.topP(0.9)
				.reasoningEffort("low")
				.responseFormat(ResponseFormat.jsonSchema("answer",
						Map.of("type", "object", "properties", Map.of("value", Map.of("type", "number"))), true))
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/assistants"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{
					  "model": "gpt-4o",
					  "name": "Math Tutor",
					  "instructions": "You are a personal math tutor.",
					  "reasoning_effort": "low",
					  "tools": [
					    {"type": "code_interpreter"},
					    {"type": "file_search", "file_search": {"max_num_results": 8,
					      "ranking_options": {"ranker": "default_2024_08_21", "score_threshold": 0.5}}},
					    {"type": "function", "function": {"name": "get_weather", "description": "Current weather in a city",
					      "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
					      "strict": true}}
					  ],
					  "tool_resources": {
					    "code_interpreter": {"file_ids": ["file-abc123"]},
					    "file_search": {"vector_stores": [{"file_ids": ["file-def456"],
					      "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
					      "metadata": {"source": "handbook"}}]}
					  },
					  "metadata": {"team": "math"},
					  "temperature": 0.2,
					  "top_p": 0.9,
					  "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "strict": true,
					    "schema": {"type": "object", "properties": {"value": {"type": "number"}}}}}
					}
					""", false, false)));
		assertThat(assistant.id()).isEqualTo("asst_abc123");
		assertThat(assistant.createdAtInstant().getEpochSecond()).isEqualTo(1698984975L);
		assertThat(assistant.description()).isNull();
		assertThat(assistant.tools()).hasSize(3);
		assertThat(assistant.tools().get(0)).isInstanceOf(AssistantTool.CodeInterpreter.class);
		assertThat(assistant.tools().get(1)).isInstanceOfSatisfying(AssistantTool.FileSearch.class, (tool) -> {
			assertThat(tool.fileSearch().maxNumResults()).isEqualTo(8);
			assertThat(tool.fileSearch().rankingOptions().scoreThreshold()).isEqualTo(0.5);
		});
		assertThat(assistant.tools().get(2)).isInstanceOfSatisfying(AssistantTool.Function.class, (tool) -> {
			assertThat(tool.function().name()).isEqualTo("get_weather");
			assertThat(tool.function().parameters()).containsEntry("required", List.of("city"));
			assertThat(tool.function().strict()).isTrue();
		});
		assertThat(assistant.toolResources().codeInterpreter().fileIds()).containsExactly("file-abc123");
		assertThat(assistant.toolResources().fileSearch().vectorStoreIds()).containsExactly("vs_abc123");
		assertThat(assistant.metadata()).containsEntry("team", "math");
		assertThat(assistant.responseFormat()).isInstanceOf(ResponseFormat.Auto.class);
	}

	@Test
	void retrieveParsesObjectResponseFormats() {
		String jsonSchema = """
				"response_format": {"type": "json_schema",
				  "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": true}}""";
		this.server.stubFor(get("/v1/assistants/asst_abc123")
			.willReturn(okJson(MATH_TUTOR.replace("\"response_format\": \"auto\"", jsonSchema))));

		Assistant assistant = this.client.assistants().retrieve("asst_abc123");

		assertThat(assistant.responseFormat()).isInstanceOfSatisfying(ResponseFormat.JsonSchema.class, (format) -> {
			assertThat(format.jsonSchema().name()).isEqualTo("answer");
			assertThat(format.jsonSchema().strict()).isTrue();
		});
		this.server.verify(getRequestedFor(urlEqualTo("/v1/assistants/asst_abc123"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2")));
	}

	@Test
	void modifySendsOnlyTheChangedFields() {
		this.server.stubFor(post("/v1/assistants/asst_abc123").willReturn(okJson(MATH_TUTOR)));

		StepVerifier.create(this.client.assistants()
			.modifyAsync("asst_abc123", AssistantRequest.builder()
				.instructions("You are an HR bot, and you have access to files to answer employee questions.")
				.tools(List.of(AssistantTool.fileSearch()))
				.responseFormat(ResponseFormat.jsonObject())
				.build()))
			.assertNext((assistant) -> assertThat(assistant.name()).isEqualTo("Math Tutor"))
			.verifyComplete();

		this.server.verify(postRequestedFor(urlEqualTo("/v1/assistants/asst_abc123"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("""
					{"instructions": "You are an HR bot, and you have access to files to answer employee questions.",
					 "tools": [{"type": "file_search"}], "response_format": {"type": "json_object"}}
					""", false, false)));
	}

	@Test
	void deleteParsesTheDeletionStatus() {
		this.server.stubFor(delete("/v1/assistants/asst_abc123").willReturn(okJson("""
				{"id": "asst_abc123", "object": "assistant.deleted", "deleted": true}
				""")));

		DeletionStatus status = this.client.assistants().delete("asst_abc123");

		assertThat(status.deleted()).isTrue();
		assertThat(status.object()).isEqualTo("assistant.deleted");
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/assistants/asst_abc123"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2")));
	}

	@Test
	void listSendsCursorParametersAndAutoPagingFollowsLastId() {
		this.server.stubFor(get(urlPathEqualTo("/v1/assistants")).withQueryParam("after", equalTo("asst_abc123"))
			.willReturn(okJson("""
					{"object": "list", "data": [%s], "first_id": "asst_abc456", "last_id": "asst_abc456", "has_more": false}
					""".formatted(MATH_TUTOR.replace("asst_abc123", "asst_abc456")))));
		this.server.stubFor(get(urlEqualTo("/v1/assistants?limit=1&order=desc")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "asst_abc123", "last_id": "asst_abc123", "has_more": true}
				""".formatted(MATH_TUTOR))));

		ListResponse<Assistant> page = this.client.assistants().list(ListParams.limit(1).withOrder(SortOrder.DESC));
		List<String> all = this.client.assistants()
			.listAutoPaging(ListParams.limit(1).withOrder(SortOrder.DESC))
			.stream()
			.map(Assistant::id)
			.toList();

		assertThat(page.hasMore()).isTrue();
		assertThat(page.data()).extracting(Assistant::id).containsExactly("asst_abc123");
		assertThat(all).containsExactly("asst_abc123", "asst_abc456");
		this.server.verify(getRequestedFor(urlEqualTo("/v1/assistants?limit=1&order=desc&after=asst_abc123"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2")));
	}

	@Test
	void listSendsBeforeCursor() {
		this.server.stubFor(get(urlPathEqualTo("/v1/assistants")).willReturn(okJson("""
				{"object": "list", "data": [], "first_id": null, "last_id": null, "has_more": false}
				""")));

		this.client.assistants().list(ListParams.DEFAULTS.withBefore("asst_abc123").withOrder(SortOrder.ASC));

		this.server.verify(getRequestedFor(urlEqualTo("/v1/assistants?order=asc&before=asst_abc123")));
	}

	@Test
	void retrieveOfUnknownAssistantRaisesNotFound() {
		this.server.stubFor(get("/v1/assistants/asst_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "No assistant found with id 'asst_missing'.", "type": "invalid_request_error",
					 "param": null, "code": null}}
					""")));

		assertThatThrownBy(() -> this.client.assistants().retrieve("asst_missing"))
			.isInstanceOfSatisfying(NotFoundException.class,
					(ex) -> assertThat(ex.getMessage()).contains("No assistant found"));
	}

	@Test
	void invalidRequestsAreRejectedBeforeAnyCall() {
		assertThatThrownBy(() -> this.client.assistants().create(AssistantRequest.builder().name("No model").build()))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessage("model must not be blank");
		assertThatThrownBy(() -> AssistantRequest.builder().model("gpt-4o").temperature(2.5).build())
			.hasMessage("temperature must be between 0 and 2, was 2.5");
		assertThatThrownBy(() -> AssistantRequest.builder().model("gpt-4o").name("n".repeat(257)).build())
			.hasMessage("name must be at most 256 characters, had 257");
		assertThatThrownBy(() -> AssistantRequest.builder()
			.model("gpt-4o")
			.tool(AssistantTool.function(new FunctionDefinition("get weather", null, null, null)))
			.build())
			.hasMessage("function.name must be 1 to 64 of a-z, A-Z, 0-9, _ and -, was get weather");
		assertThatThrownBy(() -> AssistantTool.fileSearch(51, null))
			.hasMessage("file_search.max_num_results must be between 1 and 50, was 51");
		assertThatThrownBy(() -> ListParams.limit(101)).hasMessage("limit must be between 1 and 100, was 101");
		StepVerifier.create(this.client.assistants().retrieveAsync(" "))
			.expectErrorMessage("assistant_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
