package dev.integrations.openai.conversations;

import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.responses.ConversationParam;
import dev.integrations.openai.responses.InputItemListParams;
import dev.integrations.openai.responses.Response;
import dev.integrations.openai.responses.ResponseItem;
import dev.integrations.openai.responses.ResponseRequest;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A conversation end to end: created, continued by two responses (the conversation sent once as its ID and once
 * as an object), and listed with the items both turns added.
 */
class ConversationMultiTurnTest extends WireMockSupport {

	private static final String CONV_ID = "conv_68d8b6d4d7b08190a8f5a0cc7b5ad3c2";

	@Test
	void twoResponsesContinueTheConversationAndItsItemsListAllFourTurns() {
		this.server.stubFor(post("/v1/conversations").willReturn(okJson("""
				{"id": "%s", "object": "conversation", "created_at": 1759000000, "metadata": {}}
				""".formatted(CONV_ID))));
		this.server.stubFor(post("/v1/responses")
			.withRequestBody(matchingJsonPath("$.input", equalTo("Name a prime number.")))
			.willReturn(okJson(response("resp_1", "msg_a1", "7"))));
		this.server.stubFor(post("/v1/responses")
			.withRequestBody(matchingJsonPath("$.input", equalTo("And the next one?")))
			.willReturn(okJson(response("resp_2", "msg_a2", "11"))));
		this.server.stubFor(get(urlPathEqualTo("/v1/conversations/" + CONV_ID + "/items")).willReturn(okJson("""
				{"object": "list", "data": [
				  {"type": "message", "id": "msg_u1", "status": "completed", "role": "user",
				   "content": [{"type": "input_text", "text": "Name a prime number."}]},
				  {"type": "message", "id": "msg_a1", "status": "completed", "role": "assistant",
				   "content": [{"type": "output_text", "text": "7", "annotations": []}]},
				  {"type": "message", "id": "msg_u2", "status": "completed", "role": "user",
				   "content": [{"type": "input_text", "text": "And the next one?"}]},
				  {"type": "message", "id": "msg_a2", "status": "completed", "role": "assistant",
				   "content": [{"type": "output_text", "text": "11", "annotations": []}]}
				 ], "first_id": "msg_u1", "last_id": "msg_a2", "has_more": false}
				""")));

		Conversation conversation = this.client.conversations().create(ConversationCreateRequest.EMPTY);
		Response first = this.client.responses()
			.create(ResponseRequest.builder()
				.model("gpt-5.4")
				.conversation(conversation.id())
				.input("Name a prime number.")
				.build());
		Response second = this.client.responses()
			.create(ResponseRequest.builder()
				.model("gpt-5.4")
				.conversation(ConversationParam.reference(conversation.id()))
				.input("And the next one?")
				.build());
		List<ResponseItem> items = this.client.conversations()
			.listItems(conversation.id(), InputItemListParams.of(SortOrder.ASC, 20))
			.data();

		assertThat(first.outputText()).isEqualTo("7");
		assertThat(second.outputText()).isEqualTo("11");
		assertThat(second.conversation().id()).isEqualTo(CONV_ID);
		assertThat(items).extracting(ResponseItem::id).containsExactly("msg_u1", "msg_a1", "msg_u2", "msg_a2");
		assertThat(items).map((item) -> ((ResponseItem.Message) item).text())
			.containsExactly("Name a prime number.", "7", "And the next one?", "11");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model": "gpt-5.4", "conversation": "%s", "input": "Name a prime number."}
				""".formatted(CONV_ID))));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model": "gpt-5.4", "conversation": {"id": "%s"}, "input": "And the next one?"}
				""".formatted(CONV_ID))));
		this.server.verify(getRequestedFor(urlPathEqualTo("/v1/conversations/" + CONV_ID + "/items"))
			.withQueryParam("order", equalTo("asc")));
	}

	@Test
	void aConversationCannotBeCombinedWithAPreviousResponse() {
		assertThatThrownBy(() -> ResponseRequest.builder()
			.model("gpt-5.4")
			.conversation(CONV_ID)
			.previousResponseId("resp_1")
			.input("Hi")
			.build()).hasMessage("previous_response_id cannot be used together with conversation");
		assertThatThrownBy(() -> ConversationParam.reference(" ")).hasMessage("conversation.id must not be blank");
	}

	private static String response(String id, String messageId, String text) {
		return """
				{"id": "%s", "object": "response", "created_at": 1759000001, "status": "completed",
				 "model": "gpt-5.4", "conversation": {"id": "%s"},
				 "output": [{"type": "message", "id": "%s", "status": "completed", "role": "assistant",
				   "content": [{"type": "output_text", "text": "%s", "annotations": []}]}],
				 "parallel_tool_calls": true, "tool_choice": "auto", "tools": [],
				 "usage": {"input_tokens": 12, "output_tokens": 2, "total_tokens": 14}}
				""".formatted(id, CONV_ID, messageId, text);
	}

}
