package dev.integrations.openai.conversations;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.errors.RateLimitException;
import dev.integrations.openai.responses.ContentPart;
import dev.integrations.openai.responses.InputItemListParams;
import dev.integrations.openai.responses.ResponseInclude;
import dev.integrations.openai.responses.ResponseItem;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

class ConversationServiceTest extends WireMockSupport {

	static final String CONVERSATION = """
			{"id": "conv_689667905b048191b4740501625afd940c7533ace33a2dab", "object": "conversation",
			 "created_at": 1741900000, "metadata": {"topic": "demo"}}
			""";

	static final String TWO_MESSAGES = """
			{
			  "object": "list",
			  "data": [
			    {"type": "message", "id": "msg_abc", "status": "completed", "role": "user",
			     "content": [{"type": "input_text", "text": "Hello!"}]},
			    {"type": "message", "id": "msg_def", "status": "completed", "role": "user",
			     "content": [{"type": "input_text", "text": "How are you?"}]}
			  ],
			  "first_id": "msg_abc",
			  "last_id": "msg_def",
			  "has_more": false
			}
			""";

	private static final String CONV_ID = "conv_689667905b048191b4740501625afd940c7533ace33a2dab";

	@Test
	void createSendsMetadataAndInitialItemsAndParsesTheConversation() {
		this.server.stubFor(post("/v1/conversations").willReturn(okJson(CONVERSATION)));

		Conversation conversation = this.client.conversations()
			.create(ConversationCreateRequest.of(ResponseItem.user("Hello!")).withMetadata(Map.of("topic", "demo")));

		assertThat(conversation.id()).isEqualTo(CONV_ID);
		assertThat(conversation.object()).isEqualTo("conversation");
		assertThat(conversation.metadata()).containsEntry("topic", "demo");
		assertThat(conversation.createdAtInstant().getEpochSecond()).isEqualTo(1741900000L);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/conversations"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"metadata": {"topic": "demo"},
					 "items": [{"type": "message", "role": "user",
					            "content": [{"type": "input_text", "text": "Hello!"}]}]}
					""", false, false)));
	}

	@Test
	void createOfAnEmptyConversationSendsAnEmptyObject() {
		this.server.stubFor(post("/v1/conversations").willReturn(okJson(CONVERSATION)));

		StepVerifier.create(this.client.conversations().createAsync(ConversationCreateRequest.EMPTY))
			.assertNext((conversation) -> assertThat(conversation.id()).isEqualTo(CONV_ID))
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/conversations")).withRequestBody(equalToJson("{}")));
	}

	@Test
	void retrieveUpdateAndDeleteUseTheConversationPath() {
		String path = "/v1/conversations/" + CONV_ID;
		this.server.stubFor(get(path).willReturn(okJson(CONVERSATION)));
		this.server.stubFor(post(path).willReturn(okJson(CONVERSATION.replace("demo", "renamed"))));
		this.server.stubFor(delete(path).willReturn(okJson("""
				{"id": "%s", "object": "conversation.deleted", "deleted": true}
				""".formatted(CONV_ID))));
		ConversationService conversations = this.client.conversations();

		assertThat(conversations.retrieve(CONV_ID).metadata()).containsEntry("topic", "demo");
		assertThat(conversations.update(CONV_ID, ConversationUpdateRequest.of(Map.of("topic", "renamed")))
			.metadata()).containsEntry("topic", "renamed");
		DeletionStatus deleted = conversations.delete(CONV_ID);

		assertThat(deleted.object()).isEqualTo("conversation.deleted");
		assertThat(deleted.deleted()).isTrue();
		this.server.verify(getRequestedFor(urlEqualTo(path)));
		this.server.verify(postRequestedFor(urlEqualTo(path))
			.withRequestBody(equalToJson("{\"metadata\": {\"topic\": \"renamed\"}}", false, false)));
		this.server.verify(deleteRequestedFor(urlEqualTo(path)));
	}

	@Test
	void retrieveOfAnUnknownConversationRaisesNotFound() {
		this.server.stubFor(get("/v1/conversations/conv_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_conv404")
			.withBody("""
					{"error": {"message": "Conversation with id 'conv_missing' not found.",
					 "type": "invalid_request_error", "param": null, "code": null}}
					""")));

		assertThatThrownBy(() -> this.client.conversations().retrieve("conv_missing"))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.requestId()).isEqualTo("req_conv404");
				assertThat(ex.getMessage()).contains("conv_missing");
			});
	}

	@Test
	void listItemsSendsPageAndIncludeAndParsesTheItems() {
		this.server.stubFor(get(urlPathEqualTo("/v1/conversations/" + CONV_ID + "/items"))
			.willReturn(okJson(TWO_MESSAGES)));

		ListResponse<ResponseItem> page = this.client.conversations()
			.listItems(CONV_ID, InputItemListParams.of(SortOrder.ASC, 2)
				.withAfter("msg_000")
				.withInclude(List.of(ResponseInclude.OUTPUT_TEXT_LOGPROBS)));

		assertThat(page.data()).extracting(ResponseItem::id).containsExactly("msg_abc", "msg_def");
		assertThat(((ResponseItem.Message) page.data().get(1)).text()).isEqualTo("How are you?");
		assertThat(page.hasMore()).isFalse();
		this.server.verify(getRequestedFor(urlPathEqualTo("/v1/conversations/" + CONV_ID + "/items"))
			.withQueryParam("limit", equalTo("2"))
			.withQueryParam("order", equalTo("asc"))
			.withQueryParam("after", equalTo("msg_000"))
			.withQueryParam("include[]", havingExactly("message.output_text.logprobs")));
	}

	@Test
	void listItemsAutoPagingFollowsTheLastId() {
		String items = "/v1/conversations/" + CONV_ID + "/items";
		this.server.stubFor(get(urlPathEqualTo(items)).withQueryParam("after", absent())
			.willReturn(okJson(TWO_MESSAGES.replace("\"has_more\": false", "\"has_more\": true"))));
		this.server.stubFor(get(urlPathEqualTo(items)).withQueryParam("after", equalTo("msg_def")).willReturn(okJson("""
				{"object": "list", "data": [{"type": "message", "id": "msg_ghi", "status": "completed",
				 "role": "assistant", "content": [{"type": "output_text", "text": "Fine.", "annotations": []}]}],
				 "first_id": "msg_ghi", "last_id": "msg_ghi", "has_more": false}
				""")));

		List<String> ids = this.client.conversations()
			.listItemsAutoPaging(CONV_ID, InputItemListParams.DEFAULTS)
			.stream()
			.map(ResponseItem::id)
			.toList();

		assertThat(ids).containsExactly("msg_abc", "msg_def", "msg_ghi");
		this.server.verify(2, getRequestedFor(urlPathEqualTo(items)));
	}

	@Test
	void createItemsPostsTheItemsAndSendsIncludeAsQuery() {
		String items = "/v1/conversations/" + CONV_ID + "/items";
		this.server.stubFor(post(urlPathEqualTo(items)).willReturn(okJson(TWO_MESSAGES)));

		ListResponse<ResponseItem> added = this.client.conversations()
			.createItems(CONV_ID, ConversationItemsRequest.of(ResponseItem.user("Hello!"),
					ResponseItem.user(ContentPart.text("How are you?")))
				.withInclude(List.of(ResponseInclude.MESSAGE_INPUT_IMAGE_URL)));

		assertThat(added.data()).hasSize(2).allSatisfy((item) -> assertThat(item).isInstanceOf(ResponseItem.Message.class));
		this.server.verify(postRequestedFor(urlPathEqualTo(items))
			.withQueryParam("include[]", havingExactly("message.input_image.image_url"))
			.withRequestBody(equalToJson("""
					{"items": [
					  {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hello!"}]},
					  {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "How are you?"}]}
					]}
					""", false, false)));
	}

	@Test
	void retrieveItemReadsAFunctionCallAndDeleteItemReturnsTheConversation() {
		String item = "/v1/conversations/" + CONV_ID + "/items/fc_123";
		this.server.stubFor(get(urlPathEqualTo(item)).willReturn(okJson("""
				{"type": "function_call", "id": "fc_123", "call_id": "call_42", "name": "get_weather",
				 "arguments": "{\\"city\\":\\"Paris\\"}", "status": "completed"}
				""")));
		this.server.stubFor(delete(item).willReturn(okJson(CONVERSATION)));

		ResponseItem read = this.client.conversations()
			.retrieveItem(CONV_ID, "fc_123", List.of(ResponseInclude.CODE_INTERPRETER_CALL_OUTPUTS));
		StepVerifier.create(this.client.conversations().deleteItemAsync(CONV_ID, "fc_123"))
			.assertNext((conversation) -> assertThat(conversation.id()).isEqualTo(CONV_ID))
			.verifyComplete();

		assertThat(read).isInstanceOfSatisfying(ResponseItem.FunctionCall.class, (call) -> {
			assertThat(call.callId()).isEqualTo("call_42");
			assertThat(call.arguments()).isEqualTo("{\"city\":\"Paris\"}");
		});
		this.server.verify(getRequestedFor(urlPathEqualTo(item))
			.withQueryParam("include[]", havingExactly("code_interpreter_call.outputs")));
		this.server.verify(deleteRequestedFor(urlEqualTo(item)));
	}

	@Test
	void rateLimitedItemCreationRaisesRateLimitAfterRetries() {
		String items = "/v1/conversations/" + CONV_ID + "/items";
		this.server.stubFor(post(items).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Rate limit reached", "type": "requests", "param": null,
					 "code": "rate_limit_exceeded"}}
					""")));

		StepVerifier.create(this.client.conversations()
			.createItemsAsync(CONV_ID, ConversationItemsRequest.of(ResponseItem.user("Hello!"))))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(RateLimitException.class,
					(limit) -> assertThat(limit.code()).isEqualTo("rate_limit_exceeded")))
			.verify();
		this.server.verify(3, postRequestedFor(urlEqualTo(items)));
	}

	@Test
	void limitsAreCheckedBeforeAnyRequest() {
		ResponseItem[] tooMany = new ResponseItem[21];
		java.util.Arrays.fill(tooMany, ResponseItem.user("hi"));

		assertThatThrownBy(() -> ConversationCreateRequest.of(tooMany)).isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("items");
		assertThatThrownBy(() -> ConversationItemsRequest.of()).isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("items");
		assertThatThrownBy(() -> new ConversationUpdateRequest(null)).isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("metadata");
		assertThatThrownBy(() -> this.client.conversations().retrieve(" "))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessage("conversation_id must not be blank");
		StepVerifier.create(this.client.conversations().deleteItemAsync(CONV_ID, ""))
			.expectErrorMessage("item_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
