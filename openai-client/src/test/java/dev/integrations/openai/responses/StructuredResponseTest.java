package dev.integrations.openai.responses;

import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.OutputParseException;
import dev.integrations.openai.errors.RefusalException;
import dev.integrations.openai.errors.TruncatedOutputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Structured Outputs and function tools from Java types on the Responses API, against WireMock.
 */
class StructuredResponseTest extends WireMockSupport {

	record Step(String explanation, String output) {
	}

	record MathReasoning(List<Step> steps, String finalAnswer, @Nullable Integer confidence) {
	}

	record WeatherQuery(String city, boolean inCelsius) {
	}

	private static final String SCHEMA = """
			{
			  "type": "object",
			  "properties": {
			    "steps": {"type": "array", "items": {
			      "type": "object",
			      "properties": {"explanation": {"type": "string"}, "output": {"type": "string"}},
			      "required": ["explanation", "output"],
			      "additionalProperties": false
			    }},
			    "finalAnswer": {"type": "string"},
			    "confidence": {"type": ["integer", "null"]}
			  },
			  "required": ["steps", "finalAnswer", "confidence"],
			  "additionalProperties": false
			}
			""";

	private static final String ANSWER = "{\\\"steps\\\":[{\\\"explanation\\\":\\\"Subtract 7 from both sides.\\\","
			+ "\\\"output\\\":\\\"8x = -30\\\"},{\\\"explanation\\\":\\\"Divide both sides by 8.\\\","
			+ "\\\"output\\\":\\\"x = -3.75\\\"}],\\\"finalAnswer\\\":\\\"x = -3.75\\\",\\\"confidence\\\":null}";

	private static ResponseRequest request() {
		return ResponseRequest.builder()
			.model("gpt-4o-2024-08-06")
			.instructions("You are a helpful math tutor. Guide the user through the solution step by step.")
			.input("how can I solve 8x + 7 = -23")
			.verbosity("low")
			.build();
	}

	private void reply(String status, String incomplete, String output) {
		this.server.stubFor(post("/v1/responses").willReturn(okJson("""
				{
				  "id": "resp_67ccd3a9da748190baa7f1570fe91ac604becb25c45c1d41",
				  "object": "response",
				  "created_at": 1741476777,
				  "status": "%s",
				  "incomplete_details": %s,
				  "model": "gpt-4o-2024-08-06",
				  "output": %s,
				  "usage": {"input_tokens": 81, "output_tokens": 97, "total_tokens": 178,
				    "input_tokens_details": {"cached_tokens": 0}, "output_tokens_details": {"reasoning_tokens": 0}}
				}
				""".formatted(status, incomplete, output))));
	}

	private static String message(String part) {
		return """
				[{"type": "message", "id": "msg_67ccd3acc8d48190a77525dc6de64b4104becb25c45c1d41",
				  "status": "completed", "role": "assistant", "content": [%s]}]""".formatted(part);
	}

	private static String text(String escaped) {
		return "{\"type\": \"output_text\", \"text\": \"" + escaped + "\", \"annotations\": []}";
	}

	@Test
	void createWithATypeSendsTheStrictTextFormatAndReadsTheOutputText() {
		reply("completed", "null", message(text(ANSWER)));

		StructuredResponse<MathReasoning> result = this.client.responses().create(request(), MathReasoning.class);

		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{
				  "model": "gpt-4o-2024-08-06",
				  "instructions": "You are a helpful math tutor. Guide the user through the solution step by step.",
				  "input": "how can I solve 8x + 7 = -23",
				  "text": {
				    "verbosity": "low",
				    "format": {"type": "json_schema", "name": "MathReasoning", "strict": true, "schema": %s}
				  }
				}
				""".formatted(SCHEMA), false, false)));
		assertThat(result.value()).isEqualTo(new MathReasoning(
				List.of(new Step("Subtract 7 from both sides.", "8x = -30"),
						new Step("Divide both sides by 8.", "x = -3.75")),
				"x = -3.75", null));
		assertThat(result.response().id()).isEqualTo("resp_67ccd3a9da748190baa7f1570fe91ac604becb25c45c1d41");
		assertThat(result.response().tokenUsage().outputTokens()).isEqualTo(97);
		assertThat(result.response().outputAs(MathReasoning.class)).isEqualTo(result.value());
	}

	@Test
	void createAsyncReadsTheSameAnswer() {
		reply("completed", "null", message(text(ANSWER)));

		StepVerifier.create(this.client.responses().createAsync(request(), MathReasoning.class))
			.assertNext((result) -> assertThat(result.value().finalAnswer()).isEqualTo("x = -3.75"))
			.verifyComplete();
	}

	@Test
	void aRefusalPartIsATypedErrorCarryingTheRefusalText() {
		reply("completed", "null",
				message("{\"type\": \"refusal\", \"refusal\": \"I'm sorry, I cannot assist with that request.\"}"));

		assertThatThrownBy(() -> this.client.responses().create(request(), MathReasoning.class))
			.isInstanceOfSatisfying(RefusalException.class, (ex) -> {
				assertThat(ex.refusal()).isEqualTo("I'm sorry, I cannot assist with that request.");
				assertThat(ex.response()).isInstanceOf(Response.class);
			});
		StepVerifier.create(this.client.responses().createAsync(request(), MathReasoning.class))
			.expectError(RefusalException.class)
			.verify();
	}

	@Test
	void anIncompleteResponseAtTheOutputTokenLimitIsATruncationError() {
		reply("incomplete", "{\"reason\": \"max_output_tokens\"}", message(text("{\\\"steps\\\":[{\\\"expl")));

		assertThatThrownBy(() -> this.client.responses().create(request(), MathReasoning.class))
			.isInstanceOfSatisfying(TruncatedOutputException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo("max_output_tokens"));
	}

	@Test
	void outputThatIsNotJsonOfTheTypeIsAParseErrorNamingTheType() {
		reply("completed", "null", message(text("The answer is x = -3.75.")));

		assertThatThrownBy(() -> this.client.responses().create(request(), MathReasoning.class))
			.isInstanceOfSatisfying(OutputParseException.class,
					(ex) -> assertThat(ex.targetType()).isEqualTo(MathReasoning.class.getName()))
			.hasMessageStartingWith("The model's output cannot be read as " + MathReasoning.class.getName());
	}

	@Test
	void aFunctionToolFromATypeIsStrictAndItsCallArgumentsAreReadAsTheType() {
		reply("completed", "null", """
				[{"type": "function_call", "id": "fc_67ca09c6bedc8190a7abfec07b1a1332", "call_id": "call_unLAR8MvFNptuiZK6K6HCy5k",
				  "name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\",\\"inCelsius\\":true}", "status": "completed"},
				 {"type": "function_call", "id": "fc_2", "call_id": "call_2", "name": "get_weather",
				  "arguments": "{\\"city\\": \\"Par", "status": "completed"}]""");
		ResponseRequest request = ResponseRequest.builder()
			.model("gpt-4.1")
			.input("What is the weather like in Paris today?")
			.addTool(ResponseTool.function("get_weather", "Get the current weather in a city", WeatherQuery.class))
			.build();

		Response response = this.client.responses().create(request);

		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"tools": [{
				  "type": "function",
				  "name": "get_weather",
				  "description": "Get the current weather in a city",
				  "strict": true,
				  "parameters": {
				    "type": "object",
				    "properties": {"city": {"type": "string"}, "inCelsius": {"type": "boolean"}},
				    "required": ["city", "inCelsius"],
				    "additionalProperties": false
				  }
				}]}
				""", false, true)));
		List<ResponseItem.FunctionCall> calls = response.functionCalls();
		assertThat(FunctionCalls.arguments(calls.get(0), WeatherQuery.class))
			.isEqualTo(new WeatherQuery("Paris", true));
		assertThatThrownBy(() -> FunctionCalls.arguments(calls.get(1), WeatherQuery.class))
			.isInstanceOfSatisfying(OutputParseException.class,
					(ex) -> assertThat(ex.toolName()).isEqualTo("get_weather"))
			.hasMessageStartingWith("The arguments of tool 'get_weather' cannot be read as");
	}

}
