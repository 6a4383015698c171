package dev.integrations.openai.responses;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseWireTypesTest extends WireMockSupport {

	private static final String TOOL_OUTPUT = """
			{
			  "id": "resp_68c1b5a8f0c08190a2d0e7f3c4b5a697", "object": "response", "created_at": 1757525416,
			  "status": "incomplete", "model": "gpt-5-2025-08-07",
			  "incomplete_details": {"reason": "max_output_tokens"},
			  "instructions": [{"type": "message", "role": "developer", "content": "Cite your sources."}],
			  "output": [
			    {"id": "rs_68c1b5a9", "type": "reasoning", "summary": [{"type": "summary_text", "text": "Searching the policy."}],
			     "encrypted_content": "gAAAAABoweW3"},
			    {"id": "fs_68c1b5aa", "type": "file_search_call", "status": "completed", "queries": ["travel policy"],
			     "results": [{"file_id": "file-2dtbBZdjtDKS8eqWxqbgDi", "filename": "travel.pdf", "score": 0.92,
			                  "text": "Employees may book economy class.", "attributes": {"region": "emea"}}]},
			    {"id": "ws_68c1b5ab", "type": "web_search_call", "status": "completed",
			     "action": {"type": "search", "query": "Paris weather", "sources": [{"type": "url", "url": "https://meteofrance.com/"}]}},
			    {"id": "msg_68c1b5ac", "type": "message", "status": "incomplete", "role": "assistant", "content": [
			      {"type": "output_text", "text": "Economy class only.", "annotations": [
			        {"type": "file_citation", "index": 19, "file_id": "file-2dtbBZdjtDKS8eqWxqbgDi", "filename": "travel.pdf"},
			        {"type": "url_citation", "start_index": 0, "end_index": 19, "url": "https://meteofrance.com/", "title": "Meteo"},
			        {"type": "page_citation", "page": 4}]},
			      {"type": "refusal", "refusal": "I can't share the booking codes."}]},
			    {"id": "ig_68c1b5ad", "type": "image_generation_call", "status": "completed", "result": "iVBORw0KGgo="}
			  ],
			  "tools": [{"type": "file_search", "vector_store_ids": ["vs_1234567890"],
			             "filters": {"type": "or", "filters": [{"type": "eq", "key": "region", "value": "emea"},
			                                                    {"type": "in", "key": "year", "value": [2024, 2025]}]}},
			            {"type": "mcp", "server_label": "dmcp", "server_url": "https://dmcp-server.deno.dev/sse"}],
			  "tool_choice": {"type": "file_search"},
			  "text": {"format": {"type": "json_schema", "name": "policy", "schema": {"type": "object"}, "strict": true}},
			  "conversation": {"id": "conv_689667905b048191b4740501625afd940c7533ace33a2dab"}
			}
			""";

	@Test
	void everyModeledOutputItemAndAnnotationIsParsedAndOthersKeepTheirJson() {
		Response response = OpenAIJson.mapper().readValue(TOOL_OUTPUT, Response.class);

		assertThat(response.status()).isEqualTo(ResponseStatus.INCOMPLETE);
		assertThat(response.incompleteDetails().reason()).isEqualTo("max_output_tokens");
		assertThat(response.instructions()).isInstanceOfSatisfying(ResponseInput.Items.class,
				(items) -> assertThat(((ResponseItem.Message) items.items().get(0)).text()).isEqualTo("Cite your sources."));
		assertThat(response.output()).extracting(ResponseItem::type)
			.containsExactly("reasoning", "file_search_call", "web_search_call", "message", "image_generation_call");
		ResponseItem.Reasoning reasoning = response.outputOf(ResponseItem.Reasoning.class).get(0);
		assertThat(reasoning.summary()).extracting(ContentPart.SummaryText::text).containsExactly("Searching the policy.");
		assertThat(reasoning.encryptedContent()).isEqualTo("gAAAAABoweW3");
		ToolCallItem.FileSearchCall search = response.outputOf(ToolCallItem.FileSearchCall.class).get(0);
		assertThat(search.results()).singleElement().satisfies((result) -> {
			assertThat(result.score()).isEqualTo(0.92);
			assertThat(result.attributes()).containsEntry("region", "emea");
		});
		assertThat(response.outputOf(ToolCallItem.WebSearchCall.class).get(0).action())
			.isInstanceOfSatisfying(WebSearchAction.Search.class, (action) -> assertThat(action.sources())
				.extracting(WebSearchAction.Source::url).containsExactly("https://meteofrance.com/"));
		ResponseItem.Message message = response.messages().get(0);
		assertThat(message.content().get(0)).isInstanceOfSatisfying(ContentPart.OutputText.class,
				(text) -> assertThat(text.annotations()).extracting(TextAnnotation::type)
					.containsExactly("file_citation", "url_citation", "page_citation"));
		assertThat(message.content().get(1)).isEqualTo(new ContentPart.Refusal("I can't share the booking codes."));
		assertThat(response.outputText()).isEqualTo("Economy class only.");
		assertThat(response.output().get(4)).isInstanceOfSatisfying(ToolCallItem.ImageGenerationCall.class,
				(item) -> assertThat(item.result()).isEqualTo("iVBORw0KGgo="));
		assertThat(response.tools().get(0)).isInstanceOfSatisfying(FileSearchTool.class,
				(tool) -> assertThat(tool.filters()).isEqualTo(FileSearchFilter.or(FileSearchFilter.eq("region", "emea"),
						FileSearchFilter.compare("in", "year", List.of(2024, 2025)))));
		assertThat(response.tools().get(1)).isInstanceOf(McpTool.class);
		assertThat(response.toolChoice()).isEqualTo(ToolChoice.hosted("file_search"));
		assertThat(response.text().format()).isInstanceOfSatisfying(TextFormat.JsonSchema.class,
				(format) -> assertThat(format.strict()).isTrue());
		assertThat(response.conversation().id()).isEqualTo("conv_689667905b048191b4740501625afd940c7533ace33a2dab");
		assertThat(response.tokenUsage()).isNull();
	}

	@Test
	void unknownItemsAreSentBackUnchanged() {
		Response response = OpenAIJson.mapper().readValue(TOOL_OUTPUT, Response.class);

		String items = OpenAIJson.mapper().writeValueAsString(ResponseInput.of(List.of(response.output().get(4),
				ResponseItem.raw(Map.of("type", "future_call_output", "call_id", "call_7", "output",
						Map.of("type", "computer_screenshot"))))));

		assertThat(OpenAIJson.mapper().readTree(items)).isEqualTo(OpenAIJson.mapper().readTree("""
				[{"id": "ig_68c1b5ad", "type": "image_generation_call", "status": "completed", "result": "iVBORw0KGgo="},
				 {"type": "future_call_output", "call_id": "call_7", "output": {"type": "computer_screenshot"}}]
				"""));
	}

	@Test
	void requestLimitsAreCheckedBeforeTheNetworkNamingTheWireField() {
		assertThatThrownBy(() -> ResponseRequest.builder().input("Hi").build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("model"))
			.hasMessage("model must not be blank");
		assertThatThrownBy(() -> ResponseRequest.builder().model("gpt-5").temperature(2.5).build())
			.hasMessage("temperature must be between 0 and 2, was 2.5");
		assertThatThrownBy(() -> ResponseRequest.builder().model("gpt-5").topP(1.1).build())
			.hasMessage("top_p must be between 0 and 1, was 1.1");
		assertThatThrownBy(() -> ResponseRequest.builder().model("gpt-5").topLogprobs(21).build())
			.hasMessage("top_logprobs must be between 0 and 20, was 21");
		assertThatThrownBy(() -> ResponseRequest.builder().model("gpt-5").maxOutputTokens(8).build())
			.hasMessage("max_output_tokens must be at least 16, was 8");
		assertThatThrownBy(() -> ResponseRequest.builder().model("gpt-5").safetyIdentifier("u".repeat(65)).build())
			.hasMessage("safety_identifier must be at most 64 characters, had 65");
		assertThatThrownBy(() -> ResponseRequest.builder()
			.model("gpt-5")
			.previousResponseId("resp_1")
			.conversation("conv_1")
			.build()).hasMessage("previous_response_id cannot be used together with conversation");
		assertThatThrownBy(() -> ResponseRequest.builder().model("gpt-5").metadata(Map.of("k".repeat(65), "v")).build())
			.hasMessageStartingWith("metadata keys must be at most 64 characters");
		assertThatThrownBy(() -> TextFormat.jsonSchema("calendar event", Map.of("type", "object"), true))
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("text.format.name"));
		assertThatThrownBy(() -> InputItemListParams.of(SortOrder.DESC, 101))
			.hasMessage("limit must be between 1 and 100, was 101");
		assertThatThrownBy(() -> new InputItemListParams(ListParams.DEFAULTS.withBefore("msg_abc123"), null))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("before"));
		assertThat(ResponseRequest.builder().prompt(new PromptTemplate("pmpt_123", "2", Map.of("city", "Paris"))).build()
			.model()).isNull();
	}

	@Test
	void serviceRejectsBadArgumentsWithoutARequest() {
		assertThatThrownBy(() -> this.client.responses().retrieve(" ")).hasMessage("response_id must not be blank");
		StepVerifier.create(this.client.responses().cancelAsync("")).expectErrorMessage("response_id must not be blank").verify();
		assertThatThrownBy(() -> Poller.of(Duration.ZERO, Duration.ofSeconds(1)))
			.hasMessage("interval must be positive, was PT0S");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void structuredOutputHelperAcceptsAJsonTreeAndKeepsVerbosity() {
		ResponseRequest request = ResponseRequest.builder()
			.model("gpt-5")
			.verbosity("high")
			.jsonSchema("math_answer", OpenAIJson.mapper().readTree("""
					{"type": "object", "properties": {"answer": {"type": "number"}}, "required": ["answer"],
					 "additionalProperties": false}
					"""), true)
			.build();

		assertThat((Object) OpenAIJson.mapper().valueToTree(request.text())).isEqualTo(OpenAIJson.mapper().readTree("""
				{"format": {"type": "json_schema", "name": "math_answer", "strict": true,
				            "schema": {"type": "object", "properties": {"answer": {"type": "number"}},
				                       "required": ["answer"], "additionalProperties": false}},
				 "verbosity": "high"}
				"""));
		assertThat(request.toBuilder().temperature(0.0).build().text()).isEqualTo(request.text());
	}

	@Test
	void everyTextFormatIsReadByItsTypeAndAFormatAddedLaterIsWrittenBackUnchanged() {
		String formats = """
				[{"type": "text"}, {"type": "json_object"},
				 {"type": "json_schema", "name": "event", "schema": {"type": "object"}, "description": "An event", "strict": true},
				 {"type": "grammar", "syntax": "lark", "definition": "start: WORD", "strict": false}]
				""";
		TypeReference<List<TextFormat>> listOfFormats = new TypeReference<>() {
		};
		List<TextFormat> read = OpenAIJson.mapper().readValue(formats, listOfFormats);

		assertThat(read).hasSize(4);
		assertThat(read.get(0)).isEqualTo(TextFormat.TEXT);
		assertThat(read.get(1)).isEqualTo(TextFormat.JSON_OBJECT);
		assertThat(read.get(2)).isEqualTo(
				new TextFormat.JsonSchema("event", Map.of("type", "object"), "An event", true));
		assertThat(read.get(3)).isInstanceOfSatisfying(TextFormat.Unknown.class, (unknown) -> {
			assertThat(unknown.type()).isEqualTo("grammar");
			assertThat(unknown.fields()).containsOnly(Map.entry("syntax", "lark"),
					Map.entry("definition", "start: WORD"), Map.entry("strict", false));
		});
		assertThat(OpenAIJson.mapper().readTree(OpenAIJson.mapper().writerFor(listOfFormats).writeValueAsString(read)))
			.isEqualTo(OpenAIJson.mapper().readTree(formats));
	}

}
