package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every variant of the spec's {@code ToolChoiceParam}, sent with its exact wire shape and read back from a response.
 */
class ToolChoiceTest extends WireMockSupport {

	private static final String RESPONSE = """
			{"id": "resp_68c1b5a8f0c08190a2d0e7f3c4b5a697", "object": "response", "created_at": 1757525416,
			 "status": "completed", "model": "gpt-5-2025-08-07", "output": [], "tool_choice": %s}
			""";

	private static final Map<String, ToolChoice> CHOICES = Map.ofEntries(
			Map.entry("\"none\"", ToolChoice.NONE), Map.entry("\"auto\"", ToolChoice.AUTO),
			Map.entry("\"required\"", ToolChoice.REQUIRED),
			Map.entry("{\"type\": \"function\", \"name\": \"get_weather\"}", ToolChoice.function("get_weather")),
			Map.entry("{\"type\": \"custom\", \"name\": \"run_sql\"}", ToolChoice.custom("run_sql")),
			Map.entry("{\"type\": \"mcp\", \"server_label\": \"deepwiki\", \"name\": \"ask_question\"}",
					ToolChoice.mcp("deepwiki", "ask_question")),
			Map.entry("{\"type\": \"mcp\", \"server_label\": \"deepwiki\"}", ToolChoice.mcp("deepwiki", null)),
			Map.entry("{\"type\": \"allowed_tools\", \"mode\": \"required\", \"tools\": [{\"type\": \"function\", "
					+ "\"name\": \"get_weather\"}, {\"type\": \"image_generation\"}]}",
					ToolChoice.allowedTools("required", List.of(Map.of("type", "function", "name", "get_weather"),
							Map.of("type", "image_generation")))),
			Map.entry("{\"type\": \"file_search\"}", ToolChoice.hosted("file_search")),
			Map.entry("{\"type\": \"web_search_preview_2025_03_11\"}", ToolChoice.hosted("web_search_preview_2025_03_11")),
			Map.entry("{\"type\": \"computer_use\"}", ToolChoice.hosted("computer_use")),
			Map.entry("{\"type\": \"image_generation\"}", ToolChoice.hosted("image_generation")),
			Map.entry("{\"type\": \"code_interpreter\"}", ToolChoice.hosted("code_interpreter")),
			Map.entry("{\"type\": \"apply_patch\"}", ToolChoice.hosted("apply_patch")),
			Map.entry("{\"type\": \"shell\"}", ToolChoice.hosted("shell")),
			Map.entry("{\"type\": \"programmatic_tool_calling\"}", ToolChoice.hosted("programmatic_tool_calling")));

	@Test
	void everyToolChoiceIsSentWithItsWireShapeAndReadBackEqual() {
		CHOICES.forEach((json, choice) -> {
			this.server.resetAll();
			this.server.stubFor(post("/v1/responses").willReturn(okJson(RESPONSE.formatted(json))));

			Response response = this.client.responses()
				.create(ResponseRequest.builder().model("gpt-5").input("Weather in Paris?").toolChoice(choice).build());

			this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
					{"model": "gpt-5", "input": "Weather in Paris?", "tool_choice": %s}
					""".formatted(json), false, false)));
			assertThat(response.toolChoice()).as(json).isEqualTo(choice);
		});
	}

	@Test
	void aChoiceTypeAddedAfterTheSpecIsReadAndSentBackUnchanged() {
		String json = "{\"type\": \"browser_automation\", \"start_url\": \"https://example.com/\"}";
		this.server.stubFor(get("/v1/responses/resp_1").willReturn(okJson(RESPONSE.formatted(json))));
		this.server.stubFor(post("/v1/responses").willReturn(okJson(RESPONSE.formatted(json))));

		ToolChoice read = this.client.responses().retrieve("resp_1").toolChoice();
		this.client.responses()
			.create(ResponseRequest.builder().model("gpt-5").input("Open the page").toolChoice(read).build());

		assertThat(read).isEqualTo(new ToolChoice.Unknown("browser_automation",
				Map.of("start_url", "https://example.com/")));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model": "gpt-5", "input": "Open the page", "tool_choice": %s}
				""".formatted(json), false, false)));
	}

	@Test
	void requiredChoiceFieldsAreCheckedBeforeTheNetworkNamingTheWireField() {
		assertThatThrownBy(() -> request(ToolChoice.function(" ")))
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("tool_choice.name"))
			.hasMessage("tool_choice.name must not be blank");
		assertThatThrownBy(() -> request(ToolChoice.allowedTools("auto", List.of())))
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("tool_choice.tools"));
		assertThatThrownBy(() -> InputTokensRequest.builder()
			.model("gpt-5")
			.input(ResponseInput.of("Hi"))
			.toolChoice(ToolChoice.custom(""))
			.build())
			.hasMessage("tool_choice.name must not be blank");
	}

	private static ResponseRequest request(ToolChoice choice) {
		return ResponseRequest.builder().model("gpt-5").input("Hi").toolChoice(choice).build();
	}

}
