package dev.integrations.openai.responses;

import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.OpenAIValidationException;
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

/**
 * The beta routes of the Responses API ({@code ?beta=true}), reached through {@code responses().beta(...)}: each
 * operation's exact path, query, headers and body, and its parsed answer.
 */
class ResponseBetaTest extends WireMockSupport {

	private static final String MULTI_AGENT = "responses_multi_agent=v1";

	private static final String RESPONSE = """
			{"id": "resp_68c1b5a8f0c08190a2d0e7f3c4b5a697", "object": "response", "created_at": 1757525416,
			 "status": "%s", "model": "gpt-5-2025-08-07",
			 "output": [
			   {"type": "multi_agent_call", "id": "mac_1", "call_id": "call_1", "action": "spawn_agent",
			    "arguments": "{\\"task\\": \\"Compare supplier prices\\"}", "agent": {"agent_name": "root"}},
			   {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant",
			    "agent": {"agent_name": "root"},
			    "content": [{"type": "output_text", "text": "Three suppliers compared.", "annotations": []}]}
			 ],
			 "tools": [{"type": "web_search"}], "tool_choice": "auto"}
			""";

	@Test
	void createSendsTheBetaQueryHeaderAndMultiAgentSettings() {
		this.server.stubFor(post("/v1/responses?beta=true").willReturn(okJson(RESPONSE.formatted("completed"))));

		Response response = this.client.responses()
			.beta(MULTI_AGENT)
			.create(ResponseRequest.builder()
				.model("gpt-5")
				.input("Research three suppliers")
				.addTool(ResponseTool.webSearch())
				.multiAgent(new ResponseRequest.MultiAgent(true, 3))
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses?beta=true"))
			.withHeader("OpenAI-Beta", havingExactly(MULTI_AGENT))
			.withRequestBody(equalToJson("""
					{"model": "gpt-5", "input": "Research three suppliers", "tools": [{"type": "web_search"}],
					 "multi_agent": {"enabled": true, "max_concurrent_subagents": 3}}
					""", false, false)));
		assertThat(response.output()).extracting(ResponseItem::type).containsExactly("multi_agent_call", "message");
		assertThat(response.outputText()).isEqualTo("Three suppliers compared.");
		assertThat(response.tools()).containsExactly(ResponseTool.webSearch());
	}

	@Test
	void streamUsesTheBetaRoute() {
		this.server.stubFor(post("/v1/responses?beta=true").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody("""
					data: {"type": "response.output_text.delta", "sequence_number": 0, "item_id": "msg_1", "output_index": 0, "content_index": 0, "delta": "Three", "agent": {"agent_name": "root"}}

					data: {"type": "response.output_text.delta", "sequence_number": 1, "item_id": "msg_1", "output_index": 0, "content_index": 0, "delta": " suppliers", "agent": {"agent_name": "root"}}

					data: [DONE]

					""")));

		StepVerifier.create(this.client.responses()
			.beta()
			.streamAsync(ResponseRequest.builder().model("gpt-5").input("Research three suppliers").build())
			.map(ResponseStreamEvent::text))
			.expectNext("Three", " suppliers")
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses?beta=true")).withHeader("OpenAI-Beta", absent())
			.withRequestBody(equalToJson("""
					{"model": "gpt-5", "input": "Research three suppliers", "stream": true}
					""", false, false)));
	}

	@Test
	void retrieveDeleteAndCancelUseTheBetaRoutes() {
		String id = "resp_68c1b5a8f0c08190a2d0e7f3c4b5a697";
		this.server.stubFor(get(urlPathEqualTo("/v1/responses/" + id)).willReturn(okJson(RESPONSE.formatted("completed"))));
		this.server.stubFor(delete("/v1/responses/" + id + "?beta=true").willReturn(okJson("""
				{"id": "resp_68c1b5a8f0c08190a2d0e7f3c4b5a697", "object": "response", "deleted": true}
				""")));
		this.server.stubFor(post("/v1/responses/" + id + "/cancel?beta=true")
			.willReturn(okJson(RESPONSE.formatted("cancelled"))));
		ResponseService beta = this.client.responses().beta(MULTI_AGENT);

		Response retrieved = beta.retrieve(id, List.of("message.output_text.logprobs"));
		Response cancelled = beta.cancelAsync(id).block();
		DeletionStatus deleted = beta.delete(id);

		assertThat(retrieved.status()).isEqualTo(ResponseStatus.COMPLETED);
		assertThat(cancelled.status()).isEqualTo(ResponseStatus.CANCELLED);
		assertThat(deleted.deleted()).isTrue();
		this.server.verify(getRequestedFor(urlPathEqualTo("/v1/responses/" + id))
			.withQueryParam("beta", havingExactly("true"))
			.withQueryParam("include[]", havingExactly("message.output_text.logprobs"))
			.withHeader("OpenAI-Beta", havingExactly(MULTI_AGENT)));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses/" + id + "/cancel?beta=true")));
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/responses/" + id + "?beta=true")));
	}

	@Test
	void inputItemsInputTokensAndCompactUseTheBetaRoutes() {
		this.server.stubFor(get(urlPathEqualTo("/v1/responses/resp_abc123/input_items")).willReturn(okJson("""
				{"object": "list", "data": [
				  {"id": "msg_abc123", "type": "message", "role": "user", "status": "completed",
				   "content": [{"type": "input_text", "text": "Research three suppliers"}]}
				], "first_id": "msg_abc123", "last_id": "msg_abc123", "has_more": false}
				""")));
		this.server.stubFor(post("/v1/responses/input_tokens?beta=true").willReturn(okJson("""
				{"object": "response.input_tokens", "input_tokens": 9}
				""")));
		this.server.stubFor(post("/v1/responses/compact?beta=true").willReturn(okJson("""
				{"id": "resp_001", "object": "response.compaction", "created_at": 1764967971,
				 "output": [{"type": "compaction", "id": "cmp_001", "encrypted_content": "gAAAAABpM0Yj"}],
				 "usage": {"input_tokens": 139, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 438,
				           "output_tokens_details": {"reasoning_tokens": 64}, "total_tokens": 577}}
				""")));
		ResponseService beta = this.client.responses().beta();

		ListResponse<ResponseItem> items = beta.listInputItems("resp_abc123", InputItemListParams.of(SortOrder.ASC, 5));
		InputTokenCount count = beta.countInputTokens(InputTokensRequest.of("gpt-5", "Research three suppliers"));
		CompactedResponse compacted = beta.compact(CompactRequest.ofResponse("gpt-5", "resp_abc123"));

		assertThat(items.data()).extracting(ResponseItem::type).containsExactly("message");
		assertThat(count.inputTokens()).isEqualTo(9);
		assertThat(compacted.output()).extracting(ResponseItem::type).containsExactly("compaction");
		this.server.verify(getRequestedFor(urlPathEqualTo("/v1/responses/resp_abc123/input_items"))
			.withQueryParam("beta", havingExactly("true"))
			.withQueryParam("limit", equalTo("5"))
			.withQueryParam("order", equalTo("asc")));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses/input_tokens?beta=true"))
			.withRequestBody(equalToJson("""
					{"model": "gpt-5", "input": "Research three suppliers"}
					""", false, false)));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses/compact?beta=true"))
			.withRequestBody(equalToJson("""
					{"model": "gpt-5", "previous_response_id": "resp_abc123"}
					""", false, false)));
	}

	@Test
	void viewsOfTheBetaViewKeepOneBetaQuery() {
		this.server.stubFor(post("/v1/responses?beta=true").willReturn(okJson(RESPONSE.formatted("completed"))));

		this.client.responses()
			.beta()
			.withOptions(RequestOptions.builder().header("X-Trace", "t-1").build())
			.beta(MULTI_AGENT)
			.create(ResponseRequest.builder().model("gpt-5").input("Hi").build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses?beta=true")).withHeader("X-Trace", equalTo("t-1"))
			.withHeader("OpenAI-Beta", havingExactly(MULTI_AGENT)));
	}

	@Test
	void theBetaFieldIsRefusedOnTheStableRoute() {
		ResponseRequest request = ResponseRequest.builder()
			.model("gpt-5")
			.input("Research three suppliers")
			.multiAgent(new ResponseRequest.MultiAgent(true, null))
			.build();

		assertThatThrownBy(() -> this.client.responses().create(request))
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("multi_agent"));
		StepVerifier.create(this.client.responses().createAsync(request))
			.expectError(OpenAIValidationException.class)
			.verify();
		assertThatThrownBy(() -> new ResponseRequest.MultiAgent(true, 0))
			.hasMessage("multi_agent.max_concurrent_subagents must be at least 1, was 0");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
