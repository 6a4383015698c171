package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every tool type of the spec's {@code Tool} union, sent with its exact wire shape and read back from a response
 * into the same typed record.
 */
class ResponseToolsTest extends WireMockSupport {

	static final String ALL_TOOLS = """
			[
			  {"type": "function", "name": "get_weather", "description": "Get the current weather in a location",
			   "parameters": {"type": "object", "properties": {"location": {"type": "string"}},
			                  "required": ["location"], "additionalProperties": false}, "strict": true},
			  {"type": "file_search", "vector_store_ids": ["vs_1234567890"], "max_num_results": 5,
			   "ranking_options": {"ranker": "auto", "score_threshold": 0.5,
			                       "hybrid_search": {"embedding_weight": 0.7, "text_weight": 0.3}}},
			  {"type": "computer"},
			  {"type": "computer_use_preview", "environment": "browser", "display_width": 1024, "display_height": 768},
			  {"type": "web_search"},
			  {"type": "web_search_2025_08_26", "filters": {"allowed_domains": ["meteofrance.com"]},
			   "search_context_size": "high", "external_web_access": false},
			  {"type": "web_search_preview"},
			  {"type": "web_search_preview_2025_03_11", "user_location": {"type": "approximate", "country": "FR",
			   "city": "Paris"}, "search_context_size": "low", "search_content_types": ["text", "image"]},
			  {"type": "mcp", "server_label": "deepwiki", "server_url": "https://mcp.deepwiki.com/mcp",
			   "server_description": "Answers questions about public GitHub repositories",
			   "headers": {"X-Api-Key": "dw-key-8f2a"}, "allowed_tools": ["ask_question", "read_wiki_structure"],
			   "require_approval": {"never": {"tool_names": ["ask_question"]}, "always": {"read_only": false}},
			   "defer_loading": true},
			  {"type": "mcp", "server_label": "Dropbox", "connector_id": "connector_dropbox",
			   "authorization": "oauth-token-3c9d", "allowed_tools": {"read_only": true}, "require_approval": "never",
			   "allowed_callers": ["direct"]},
			  {"type": "code_interpreter", "container": {"type": "auto", "file_ids": ["file-2dtbBZdjtDKS8eqWxqbgDi"],
			   "memory_limit": "4g", "network_policy": {"type": "allowlist", "allowed_domains": ["pypi.org"],
			   "domain_secrets": [{"domain": "pypi.org", "name": "PIP_TOKEN", "value": "pypi-secret-71"}]}}},
			  {"type": "code_interpreter", "container": "cntr_68c1b5a9f0c08190", "allowed_callers": ["programmatic"]},
			  {"type": "image_generation", "model": "gpt-image-1", "quality": "high", "size": "1024x1536",
			   "output_format": "webp", "output_compression": 80, "moderation": "low", "background": "transparent",
			   "input_fidelity": "high", "input_image_mask": {"file_id": "file-mask-9c1"}, "partial_images": 2,
			   "action": "edit"},
			  {"type": "local_shell"},
			  {"type": "shell", "environment": {"type": "container_auto", "memory_limit": "1g",
			   "network_policy": {"type": "disabled"}, "skills": [
			     {"type": "skill_reference", "skill_id": "skill_6890a1", "version": "2"},
			     {"type": "inline", "name": "csv", "description": "Reads CSV files",
			      "source": {"type": "base64", "media_type": "application/zip", "data": "UEsDBBQAAAAIAA=="}}]}},
			  {"type": "shell", "environment": {"type": "local", "skills": [
			     {"name": "git", "description": "Uses git", "path": "/opt/skills/git"}]}},
			  {"type": "shell", "environment": {"type": "container_reference", "container_id": "cntr_68c1b5aa"}},
			  {"type": "apply_patch"},
			  {"type": "custom", "name": "run_sql", "description": "Runs a read-only SQL query",
			   "format": {"type": "grammar", "syntax": "lark", "definition": "start: /SELECT .+/"}},
			  {"type": "custom", "name": "echo", "format": {"type": "text"}, "defer_loading": true},
			  {"type": "namespace", "name": "crm", "description": "Customer records", "tools": [
			     {"type": "function", "name": "find_customer", "parameters": {"type": "object"}, "strict": false,
			      "defer_loading": true},
			     {"type": "custom", "name": "add_note", "description": "Adds a note to a customer"}]},
			  {"type": "tool_search", "execution": "client", "description": "Finds CRM tools",
			   "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}},
			  {"type": "programmatic_tool_calling"}
			]
			""";

	/** The tools of {@link #ALL_TOOLS}, built with the factories and builders. */
	static List<ResponseTool> allTools() {
		return List.of(
				ResponseTool.function("get_weather", "Get the current weather in a location",
						Map.of("type", "object", "properties", Map.of("location", Map.of("type", "string")),
								"required", List.of("location"), "additionalProperties", false)),
				ResponseTool.fileSearch("vs_1234567890").withMaxNumResults(5).withRankingOptions(
						new FileSearchRanking("auto", 0.5,
								new FileSearchRanking.HybridSearch(0.7, 0.3))),
				ResponseTool.computer(), ResponseTool.computerUsePreview("browser", 1024, 768), ResponseTool.webSearch(),
				new WebSearchTool("web_search_2025_08_26", null, null, null, false)
					.withAllowedDomains("meteofrance.com")
					.withSearchContextSize("high"),
				ResponseTool.webSearchPreview(),
				new WebSearchPreviewTool("web_search_preview_2025_03_11",
						ApproximateLocation.of("FR", null, "Paris", null), "low",
						List.of("text", "image")),
				McpTool.builder()
					.serverLabel("deepwiki")
					.serverUrl("https://mcp.deepwiki.com/mcp")
					.serverDescription("Answers questions about public GitHub repositories")
					.headers(Map.of("X-Api-Key", "dw-key-8f2a"))
					.allowedTools(McpTool.AllowedTools.names("ask_question", "read_wiki_structure"))
					.requireApproval(McpTool.Approval.byTool(new McpTool.ToolFilter(null, false),
							McpTool.ToolFilter.names("ask_question")))
					.deferLoading(true)
					.build(),
				McpTool.builder()
					.serverLabel("Dropbox")
					.connectorId("connector_dropbox")
					.authorization("oauth-token-3c9d")
					.allowedTools(new McpTool.ToolFilter(null, true))
					.requireApproval(McpTool.Approval.NEVER)
					.allowedCallers(List.of("direct"))
					.build(),
				new CodeInterpreterTool(CodeInterpreterTool.Container.auto()
					.withFileIds("file-2dtbBZdjtDKS8eqWxqbgDi")
					.withMemoryLimit("4g")
					.withNetworkPolicy(new ContainerNetworkPolicy.Allowlist(List.of("pypi.org"),
							List.of(new ContainerNetworkPolicy.DomainSecret("pypi.org", "PIP_TOKEN", "pypi-secret-71")))),
						null),
				new CodeInterpreterTool(CodeInterpreterTool.Container.of("cntr_68c1b5a9f0c08190"), List.of("programmatic")),
				ImageGenerationTool.builder()
					.model("gpt-image-1")
					.quality("high")
					.size("1024x1536")
					.outputFormat("webp")
					.outputCompression(80)
					.moderation("low")
					.background("transparent")
					.inputFidelity("high")
					.inputImageMask(new ImageGenerationTool.InputImageMask(null, "file-mask-9c1"))
					.partialImages(2)
					.action("edit")
					.build(),
				ResponseTool.localShell(),
				ResponseTool.shell(new ShellEnvironment.ContainerAuto(null, "1g", ContainerNetworkPolicy.disabled(), null)
					.withSkills(new ShellSkill.Reference("skill_6890a1", "2"), new ShellSkill.Inline("csv",
							"Reads CSV files", ShellSkill.Inline.Source.zip("UEsDBBQAAAAIAA==")))),
				ResponseTool.shell(ShellEnvironment
					.local(new ShellEnvironment.LocalSkill("git", "Uses git", "/opt/skills/git"))),
				ResponseTool.shell(ShellEnvironment.container("cntr_68c1b5aa")), ResponseTool.applyPatch(),
				ResponseTool.custom("run_sql", "Runs a read-only SQL query").withGrammar("lark", "start: /SELECT .+/"),
				new CustomTool("echo", null, new CustomTool.Text(), true, null),
				ResponseTool.namespace("crm", "Customer records",
						new ResponseTool.Function("find_customer", null, Map.of("type", "object"), false, null, true,
								null),
						ResponseTool.custom("add_note", "Adds a note to a customer")),
				ToolSearchTool.client("Finds CRM tools",
						Map.of("type", "object", "properties", Map.of("query", Map.of("type", "string")))),
				ResponseTool.programmaticToolCalling());
	}

	private static final String RESPONSE = """
			{"id": "resp_68c1b5a8f0c08190a2d0e7f3c4b5a697", "object": "response", "created_at": 1757525416,
			 "status": "completed", "model": "gpt-5-2025-08-07", "output": [], "tools": %s, "tool_choice": "auto"}
			""";

	@Test
	void everyToolTypeIsSentWithItsExactWireShape() {
		this.server.stubFor(post("/v1/responses").willReturn(okJson(RESPONSE.formatted(ALL_TOOLS))));

		this.client.responses()
			.create(ResponseRequest.builder().model("gpt-5").input("Plan my trip").tools(allTools()).build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model": "gpt-5", "input": "Plan my trip", "tools": %s}
				""".formatted(ALL_TOOLS), false, false)));
	}

	@Test
	void everyToolTypeIsReadBackIntoTheRecordItWasSentAs() {
		this.server.stubFor(get("/v1/responses/resp_68c1b5a8f0c08190a2d0e7f3c4b5a697")
			.willReturn(okJson(RESPONSE.formatted(ALL_TOOLS))));

		Response response = this.client.responses().retrieve("resp_68c1b5a8f0c08190a2d0e7f3c4b5a697");

		assertThat(response.tools()).isEqualTo(allTools());
		assertThat(response.tools()).extracting(ResponseTool::type)
			.containsExactly("function", "file_search", "computer", "computer_use_preview", "web_search",
					"web_search_2025_08_26", "web_search_preview", "web_search_preview_2025_03_11", "mcp", "mcp",
					"code_interpreter", "code_interpreter", "image_generation", "local_shell", "shell", "shell",
					"shell", "apply_patch", "custom", "custom", "namespace", "tool_search",
					"programmatic_tool_calling");
		assertThat(response.tools().get(8)).isInstanceOfSatisfying(McpTool.class,
				(mcp) -> assertThat(mcp.requireApproval()).isInstanceOfSatisfying(McpTool.Approval.ByTool.class,
						(approval) -> assertThat(approval.never().toolNames()).containsExactly("ask_question")));
		assertThat(response.tools().get(11)).isInstanceOfSatisfying(CodeInterpreterTool.class,
				(tool) -> assertThat(tool.container()).isEqualTo(CodeInterpreterTool.Container.of("cntr_68c1b5a9f0c08190")));
		JsonNode written = OpenAIJson.mapper().<JsonNode>valueToTree(response).get("tools");
		assertThat(written).isEqualTo(OpenAIJson.mapper().readTree(ALL_TOOLS));
	}

	@Test
	void aToolTypeAddedAfterTheSpecIsReadAndSentBackUnchanged() {
		String tools = """
				[{"type": "browser_automation", "start_url": "https://example.com/", "limits": {"max_steps": 20},
				  "domains": ["example.com"]}]
				""";
		this.server.stubFor(get("/v1/responses/resp_1").willReturn(okJson(RESPONSE.formatted(tools))));
		this.server.stubFor(post("/v1/responses").willReturn(okJson(RESPONSE.formatted(tools))));

		Response read = this.client.responses().retrieve("resp_1");
		this.client.responses()
			.create(ResponseRequest.builder().model("gpt-5").input("Open the page").tools(read.tools()).build());

		assertThat(read.tools()).singleElement().isInstanceOfSatisfying(ResponseTool.Unknown.class, (tool) -> {
			assertThat(tool.type()).isEqualTo("browser_automation");
			assertThat(tool.fields()).containsEntry("start_url", "https://example.com/")
				.containsEntry("limits", Map.of("max_steps", 20));
		});
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model": "gpt-5", "input": "Open the page", "tools": %s}
				""".formatted(tools), false, false)));
	}

	@Test
	void aToolMissingEveryOptionalFieldIsReadWithoutFailing() {
		Response response = OpenAIJson.mapper().readValue(RESPONSE.formatted("""
				[{"type": "mcp"}, {"type": "code_interpreter"}, {"type": "custom"}, {"type": "shell",
				  "environment": {"type": "container_auto", "skills": [{"type": "zip_url", "url": "https://x.test/s.zip"}]}},
				 {"type": "computer_use_preview"}, {"name": "no_type"}]
				"""), Response.class);

		assertThat(response.tools()).extracting((tool) -> tool.getClass().getSimpleName())
			.containsExactly("McpTool", "CodeInterpreterTool", "CustomTool", "ShellTool", "ComputerUsePreview",
					"Unknown");
		assertThat(((ShellEnvironment.ContainerAuto) ((ShellTool) response.tools().get(3)).environment()).skills())
			.singleElement()
			.isEqualTo(new ShellSkill.Unknown("zip_url", Map.of("url", "https://x.test/s.zip")));
	}

	@Test
	void requiredToolFieldsAreCheckedBeforeTheNetworkNamingTheWireField() {
		assertField(() -> McpTool.builder().serverUrl("https://mcp.deepwiki.com/mcp").build(), "tools.mcp.server_label");
		assertField(() -> McpTool.builder().serverLabel("deepwiki").build(), "tools.mcp.server_url");
		assertField(() -> request(ResponseTool.fileSearch()), "tools.file_search.vector_store_ids");
		assertField(() -> request(ResponseTool.fileSearch("vs_1").withMaxNumResults(51)),
				"tools.file_search.max_num_results");
		assertField(() -> request(new ResponseTool.ComputerUsePreview("browser", null, 768)),
				"tools.computer_use_preview.display_width");
		assertField(() -> request(new CodeInterpreterTool(null, null)), "tools.code_interpreter.container");
		assertField(() -> ImageGenerationTool.builder().partialImages(4).build(), "tools.image_generation.partial_images");
		assertField(() -> request(ResponseTool.custom("run_sql", "SQL").withGrammar("lark", " ")),
				"tools.custom.format.definition");
		assertField(() -> request(ResponseTool.namespace("crm", "Customer records", ResponseTool.webSearch())),
				"tools.namespace.tools");
		assertField(() -> request(ResponseTool.shell(ShellEnvironment.container(""))),
				"tools.shell.environment.container_id");
		assertField(() -> request(ResponseTool.function(" ", "Nothing", Map.of())), "tools.function.name");
		assertField(() -> ResponseRequest.builder().model("gpt-5").toolChoice(ToolChoice.mcp(null, "ask")).build(),
				"tool_choice.server_label");
		assertThatThrownBy(() -> request(ResponseTool.namespace("crm", "Customer records", ResponseTool.webSearch())))
			.hasMessage("tools.namespace.tools holds function and custom tools only, not web_search");
	}

	@Test
	void webSearchWithoutATypeIsWrittenAsTheUndatedTool() {
		ResponseRequest request = ResponseRequest.builder()
			.model("gpt-5")
			.addTool(new WebSearchTool(null, null, null, "low", null))
			.addTool(new WebSearchPreviewTool(null, null, null, null))
			.build();

		assertThat(OpenAIJson.mapper().<JsonNode>valueToTree(request).get("tools")).isEqualTo(OpenAIJson.mapper()
			.readTree("[{\"type\": \"web_search\", \"search_context_size\": \"low\"}, {\"type\": \"web_search_preview\"}]"));
	}

	@Test
	void secretsOfToolsStayOutOfToString() {
		String text = allTools().toString();

		assertThat(text).doesNotContain("dw-key-8f2a", "oauth-token-3c9d", "pypi-secret-71", "UEsDBBQAAAAIAA==")
			.contains("X-Api-Key=***", "authorization=***", "PIP_TOKEN");
	}

	private static ResponseRequest request(ResponseTool tool) {
		return ResponseRequest.builder().model("gpt-5").input("Hi").addTool(tool).build();
	}

	private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
		assertThatThrownBy(call).isInstanceOfSatisfying(OpenAIValidationException.class,
				(ex) -> assertThat(ex.field()).isEqualTo(field));
	}

}
