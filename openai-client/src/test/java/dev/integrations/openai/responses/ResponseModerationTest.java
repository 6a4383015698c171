package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.moderations.ModerationInputType;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response fields and function-tool fields added from the spec (issue 14): {@code moderation},
 * {@code prompt_cache_options}, and a function's {@code output_schema}, {@code defer_loading} and
 * {@code allowed_callers}, both ways through a real HTTP server.
 */
class ResponseModerationTest extends WireMockSupport {

	private static final String MODERATED = """
			{
			  "id": "resp_68d0f1a2b3c48190a1b2c3d4e5f60718", "object": "response", "created_at": 1758500000,
			  "status": "completed", "model": "gpt-5.6",
			  "output": [{"type": "message", "id": "msg_68d0f1a3", "status": "completed", "role": "assistant",
			              "content": [{"type": "output_text", "text": "Here is a safe answer.", "annotations": []}]}],
			  "tools": [{"type": "function", "name": "lookup_order", "description": "Find an order by its number",
			             "parameters": {"type": "object", "properties": {"order": {"type": "string"}}},
			             "strict": true, "output_schema": {"type": "object", "properties": {"status": {"type": "string"}}},
			             "defer_loading": true, "allowed_callers": ["direct", "programmatic"]}],
			  "prompt_cache_options": {"ttl": "30m", "mode": "implicit"},
			  "moderation": {
			    "input": {"type": "moderation_result", "model": "omni-moderation-latest", "flagged": true,
			              "categories": {"violence": true, "harassment": false},
			              "category_scores": {"violence": 0.91, "harassment": 0.02},
			              "category_applied_input_types": {"violence": ["text", "image"], "harassment": ["text"]}},
			    "output": {"type": "error", "code": "moderation_unavailable", "message": "Moderation timed out."}
			  }
			}
			""";

	@Test
	void moderationPromptCacheOptionsAndFunctionToolFieldsAreSentAndRead() {
		this.server.stubFor(post("/v1/responses").willReturn(okJson(MODERATED)));
		ResponseTool.Function lookup = new ResponseTool.Function("lookup_order", "Find an order by its number",
				Map.of("type", "object", "properties", Map.of("order", Map.of("type", "string"))), true,
				Map.of("type", "object", "properties", Map.of("status", Map.of("type", "string"))), true,
				List.of("direct", "programmatic"));

		Response response = this.client.responses()
			.create(ResponseRequest.builder().model("gpt-5.6").input("Where is order 4411?").addTool(lookup).build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model": "gpt-5.6", "input": "Where is order 4411?",
				 "tools": [{"type": "function", "name": "lookup_order", "description": "Find an order by its number",
				            "parameters": {"type": "object", "properties": {"order": {"type": "string"}}},
				            "strict": true,
				            "output_schema": {"type": "object", "properties": {"status": {"type": "string"}}},
				            "defer_loading": true, "allowed_callers": ["direct", "programmatic"]}]}
				""", false, false)));
		assertThat(response.tools()).containsExactly(lookup);
		assertThat(response.promptCacheOptions()).isEqualTo(new PromptCacheOptions("30m", "implicit"));
		assertThat(response.moderation().input()).isInstanceOfSatisfying(ResponseModeration.Outcome.Result.class,
				(result) -> {
					assertThat(result.model()).isEqualTo("omni-moderation-latest");
					assertThat(result.flagged()).isTrue();
					assertThat(result.categories()).containsEntry("violence", true).containsEntry("harassment", false);
					assertThat(result.categoryScores()).containsEntry("violence", 0.91);
					assertThat(result.categoryAppliedInputTypes()).containsEntry("violence",
							List.of(ModerationInputType.TEXT, ModerationInputType.IMAGE));
				});
		assertThat(response.moderation().output()).isEqualTo(new ResponseModeration.Outcome.Error(
				"moderation_unavailable", "Moderation timed out."));
		assertThat(response.moderation().output().type()).isEqualTo("error");
		assertThat(response.moderation().input().type()).isEqualTo("moderation_result");
		assertThat(response.extra()).isEmpty();
	}

	@Test
	void aModerationOutcomeOfAnUnknownTypeKeepsItsFields() {
		this.server.stubFor(post("/v1/responses").willReturn(okJson(MODERATED.replace(
				"{\"type\": \"error\", \"code\": \"moderation_unavailable\", \"message\": \"Moderation timed out.\"}",
				"{\"type\": \"moderation_skipped\", \"reason\": \"output too short\"}"))));

		Response response = this.client.responses()
			.create(ResponseRequest.builder().model("gpt-5.6").input("Where is order 4411?").build());

		assertThat(response.moderation().output()).isEqualTo(new ResponseModeration.Outcome.Unknown(
				"moderation_skipped", Map.of("reason", "output too short")));
	}

}
