package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.errors.UnprocessableEntityException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseCompactTest extends WireMockSupport {

	private static final String COMPACTED = """
			{
			  "id": "resp_001",
			  "object": "response.compaction",
			  "output": [
			    {"type": "message", "id": "msg_000", "status": "completed", "role": "user",
			     "content": [{"type": "input_text", "text": "Create a simple landing page for a dog petting cafe."}]},
			    {"type": "compaction", "id": "cmp_001", "encrypted_content": "gAAAAABpM0Yj-...="}
			  ],
			  "created_at": 1764967971,
			  "usage": {
			    "input_tokens": 139,
			    "input_tokens_details": {"cached_tokens": 0},
			    "output_tokens": 438,
			    "output_tokens_details": {"reasoning_tokens": 64},
			    "total_tokens": 577
			  }
			}
			""";

	@Test
	void compactPostsTheConversationAndReadsTheCompactedItems() {
		this.server.stubFor(post("/v1/responses/compact").willReturn(okJson(COMPACTED)));

		CompactedResponse compacted = this.client.responses()
			.compact(CompactRequest.of("gpt-5.1-codex-max", ResponseInput.of(List.of(
					ResponseItem.user("Create a simple landing page for a dog petting cafe."),
					ResponseItem.assistant("Here is a landing page.")))));

		assertThat(compacted.object()).isEqualTo("response.compaction");
		assertThat(compacted.output()).extracting(ResponseItem::type).containsExactly("message", "compaction");
		assertThat(compacted.usage().totalTokens()).isEqualTo(577);
		assertThat(compacted.createdAtInstant().getEpochSecond()).isEqualTo(1764967971L);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses/compact"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withRequestBody(equalToJson("""
					{"model": "gpt-5.1-codex-max", "input": [
					  {"type": "message", "role": "user",
					   "content": [{"type": "input_text", "text": "Create a simple landing page for a dog petting cafe."}]},
					  {"type": "message", "role": "assistant",
					   "content": [{"type": "output_text", "text": "Here is a landing page."}]}
					]}
					""", false, true)));
	}

	@Test
	void compactOfAStoredResponseSendsItsIdAndMapsErrors() {
		this.server.stubFor(post("/v1/responses/compact").willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Response resp_9 cannot be compacted", "type": "invalid_request_error",
					 "param": "previous_response_id", "code": null}}
					""")));

		StepVerifier.create(this.client.responses().compactAsync(CompactRequest.ofResponse("gpt-5.4", "resp_9")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(UnprocessableEntityException.class,
					(error) -> assertThat(error.param()).isEqualTo("previous_response_id")))
			.verify();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses/compact"))
			.withRequestBody(equalToJson("{\"model\": \"gpt-5.4\", \"previous_response_id\": \"resp_9\"}")));
		assertThatThrownBy(() -> CompactRequest.of(" ", ResponseInput.of("hi")))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessage("model must not be blank");
	}

	@Test
	void compactBuiltWithTheBuilderSendsInstructionsCacheSettingsAndExtraProperties() {
		this.server.stubFor(post("/v1/responses/compact").willReturn(okJson(COMPACTED)));
		CompactRequest request = CompactRequest.builder()
			.model("gpt-5.1-codex-max")
			.previousResponseId("resp_001")
			.instructions("Keep every decision the user made.")
			.promptCacheKey("landing-page")
			.serviceTier("flex")
			.putExtra("reasoning", Map.of("effort", "low"))
			.build();

		this.client.responses().compact(request);

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses/compact")).withRequestBody(equalToJson("""
				{"model": "gpt-5.1-codex-max", "previous_response_id": "resp_001",
				 "instructions": "Keep every decision the user made.", "prompt_cache_key": "landing-page",
				 "service_tier": "flex", "reasoning": {"effort": "low"}}
				""", false, false)));
		assertThat(request.toBuilder().build()).isEqualTo(request);
		assertThatThrownBy(() -> request.toBuilder().promptCacheKey("k".repeat(65)).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("prompt_cache_key"));
	}

}
