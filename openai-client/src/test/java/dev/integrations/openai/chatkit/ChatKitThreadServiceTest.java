package dev.integrations.openai.chatkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.errors.RateLimitException;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code client.chatKit().threads()} against WireMock: every request with its beta header and query, the thread
 * status union, every thread item type, paging and typed errors.
 */
class ChatKitThreadServiceTest extends WireMockSupport {

	static String thread(String id, String status) {
		return """
				{"id": "%s", "object": "chatkit.thread", "created_at": 1712345600, "title": "Customer escalation",
				 "status": %s, "user": "user_456"}
				""".formatted(id, status);
	}

	static String page(String first, String last, boolean hasMore, String... data) {
		return """
				{"object": "list", "data": [%s], "first_id": "%s", "last_id": "%s", "has_more": %s}
				""".formatted(String.join(",", data), first, last, hasMore);
	}

	static final String USER_MESSAGE = """
			{"id": "cthi_user_001", "object": "chatkit.thread_item", "created_at": 1712345610,
			 "thread_id": "cthr_abc123", "type": "chatkit.user_message",
			 "content": [{"type": "input_text", "text": "I need help debugging an onboarding issue."},
			             {"type": "quoted_text", "text": "Step 3 fails with error 42"}],
			 "attachments": [{"type": "image", "id": "att_9f2", "name": "screenshot.png", "mime_type": "image/png",
			                  "preview_url": "https://cdn.example.com/att_9f2.png"}],
			 "inference_options": {"tool_choice": {"id": "lookup_account"}, "model": "gpt-5"}}
			""";

	static final String ASSISTANT_MESSAGE = """
			{"id": "cthi_assistant_002", "object": "chatkit.thread_item", "created_at": 1712345615,
			 "thread_id": "cthr_abc123", "type": "chatkit.assistant_message",
			 "content": [{"type": "output_text", "text": "Let's start by confirming the workflow version you deployed.",
			              "annotations": [{"type": "file", "source": {"type": "file", "filename": "runbook.pdf"}},
			                              {"type": "url", "source": {"type": "url", "url": "https://status.example.com"}},
			                              {"type": "entity", "source": {"type": "entity", "entity_id": "ent_1"}}]}]}
			""";

	static final String WIDGET = """
			{"id": "cthi_widget_003", "object": "chatkit.thread_item", "created_at": 1712345620,
			 "thread_id": "cthr_abc123", "type": "chatkit.widget",
			 "widget": "{\\"type\\":\\"Card\\",\\"children\\":[{\\"type\\":\\"Text\\",\\"value\\":\\"Order #1001\\"}]}"}
			""";

	static final String TOOL_CALL = """
			{"id": "cthi_tool_004", "object": "chatkit.thread_item", "created_at": 1712345625,
			 "thread_id": "cthr_abc123", "type": "chatkit.client_tool_call", "status": "completed",
			 "call_id": "call_7Hq", "name": "get_selected_text", "arguments": "{\\"max_chars\\": 200}",
			 "output": "{\\"text\\": \\"onboarding\\"}"}
			""";

	static final String TASK = """
			{"id": "cthi_task_005", "object": "chatkit.thread_item", "created_at": 1712345630,
			 "thread_id": "cthr_abc123", "type": "chatkit.task", "task_type": "thought",
			 "heading": "Checking the deployment", "summary": null}
			""";

	static final String TASK_GROUP = """
			{"id": "cthi_group_006", "object": "chatkit.thread_item", "created_at": 1712345635,
			 "thread_id": "cthr_abc123", "type": "chatkit.task_group",
			 "tasks": [{"type": "custom", "heading": "Fetched logs", "summary": "3 errors in the last hour"},
			           {"type": "thought", "heading": null, "summary": null}]}
			""";

	static final String FUTURE_ITEM = """
			{"id": "cthi_survey_007", "object": "chatkit.thread_item", "created_at": 1712345640,
			 "thread_id": "cthr_abc123", "type": "chatkit.survey", "question": "Was this helpful?", "scale": [1, 5]}
			""";

	@Test
	void listSendsTheFilterAndCursorsWithTheBetaHeaderAndReadsEveryStatus() {
		this.server.stubFor(get(urlPathEqualTo("/v1/chatkit/threads")).willReturn(okJson(page("cthr_abc123",
				"cthr_jkl012", false, thread("cthr_abc123", "{\"type\": \"active\"}"),
				thread("cthr_def456", "{\"type\": \"locked\", \"reason\": \"Escalated to a human agent\"}"),
				thread("cthr_ghi789", "{\"type\": \"closed\", \"reason\": null}"),
				thread("cthr_jkl012", "{\"type\": \"archived\", \"until\": 1712999999}")))));

		ListResponse<ChatKitThread> page = this.client.chatKit()
			.threads()
			.list(ChatKitThreadListParams.of(ListParams.limit(4).withOrder(SortOrder.ASC).withBefore("cthr_zzz999"))
				.withUser("user_456"));

		this.server.verify(getRequestedFor(urlEqualTo(
				"/v1/chatkit/threads?limit=4&order=asc&before=cthr_zzz999&user=user_456"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY)));
		assertThat(page.object()).isEqualTo("list");
		assertThat(page.hasMore()).isFalse();
		assertThat(page.lastId()).isEqualTo("cthr_jkl012");
		assertThat(page.data()).extracting(ChatKitThread::status)
			.containsExactly(new ChatKitThreadStatus.Active(),
					new ChatKitThreadStatus.Locked("Escalated to a human agent"), new ChatKitThreadStatus.Closed(null),
					new ChatKitThreadStatus.Unknown("archived", Map.of("until", 1712999999)));
		assertThat(page.data()).extracting((thread) -> thread.status().type())
			.containsExactly("active", "locked", "closed", "archived");
		ChatKitThread first = page.data().get(0);
		assertThat(first.title()).isEqualTo("Customer escalation");
		assertThat(first.user()).isEqualTo("user_456");
		assertThat(first.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1712345600));
	}

	@Test
	void autoPagingFollowsLastIdAndKeepsTheFilter() {
		this.server.stubFor(get(urlPathEqualTo("/v1/chatkit/threads")).withQueryParam("after", absent())
			.willReturn(okJson(page("cthr_abc123", "cthr_abc123", true, thread("cthr_abc123", "{\"type\": \"active\"}")))));
		this.server.stubFor(get(urlPathEqualTo("/v1/chatkit/threads")).withQueryParam("after", equalTo("cthr_abc123"))
			.willReturn(okJson(page("cthr_def456", "cthr_def456", false, thread("cthr_def456", "{\"type\": \"active\"}")))));

		List<String> ids = this.client.chatKit()
			.threads()
			.listAutoPaging(ChatKitThreadListParams.of(ListParams.limit(1)).withUser("user_456"))
			.stream()
			.map(ChatKitThread::id)
			.toList();

		assertThat(ids).containsExactly("cthr_abc123", "cthr_def456");
		this.server.verify(getRequestedFor(urlEqualTo("/v1/chatkit/threads?limit=1&user=user_456"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1")));
		this.server.verify(getRequestedFor(urlEqualTo("/v1/chatkit/threads?limit=1&after=cthr_abc123&user=user_456"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1")));
	}

	@Test
	void retrieveReadsTheThreadAndKeepsFieldsThisClientDoesNotKnow() {
		this.server.stubFor(get("/v1/chatkit/threads/cthr_abc123").willReturn(okJson(thread("cthr_abc123",
				"{\"type\": \"locked\", \"reason\": \"Policy review\"}").replace("\"user\"",
						"\"items\": {\"data\": [], \"has_more\": false}, \"user\""))));

		ChatKitThread thread = this.client.chatKit().threads().retrieve("cthr_abc123");

		assertThat(thread.id()).isEqualTo("cthr_abc123");
		assertThat(thread.object()).isEqualTo("chatkit.thread");
		assertThat(thread.status()).isEqualTo(new ChatKitThreadStatus.Locked("Policy review"));
		assertThat(thread.extra()).containsOnlyKeys("items");
		this.server.verify(getRequestedFor(urlEqualTo("/v1/chatkit/threads/cthr_abc123"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1")));
	}

	@Test
	void retrieveAsyncAndDeleteAsyncSendTheBetaHeader() {
		this.server.stubFor(get("/v1/chatkit/threads/cthr_abc123")
			.willReturn(okJson(thread("cthr_abc123", "{\"type\": \"active\"}"))));
		this.server.stubFor(delete("/v1/chatkit/threads/cthr_abc123").willReturn(okJson("""
				{"id": "cthr_abc123", "object": "chatkit.thread.deleted", "deleted": true}
				""")));

		StepVerifier.create(this.client.chatKit().threads().retrieveAsync("cthr_abc123"))
			.assertNext((thread) -> assertThat(thread.status()).isEqualTo(new ChatKitThreadStatus.Active()))
			.verifyComplete();
		StepVerifier.create(this.client.chatKit().threads().deleteAsync("cthr_abc123"))
			.assertNext((status) -> assertThat(status)
				.isEqualTo(new DeletionStatus("cthr_abc123", "chatkit.thread.deleted", true, Map.of())))
			.verifyComplete();
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/chatkit/threads/cthr_abc123"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1")));
	}

	@Test
	void deleteReturnsTheDeletionStatus() {
		this.server.stubFor(delete("/v1/chatkit/threads/cthr_abc123").willReturn(okJson("""
				{"id": "cthr_abc123", "object": "chatkit.thread.deleted", "deleted": true}
				""")));

		DeletionStatus status = this.client.chatKit().threads().delete("cthr_abc123");

		assertThat(status.deleted()).isTrue();
		assertThat(status.object()).isEqualTo("chatkit.thread.deleted");
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/chatkit/threads/cthr_abc123"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1")));
	}

	@Test
	void listItemsReadsEveryItemTypeAndAnItemTypeAddedLater() {
		this.server.stubFor(get(urlPathEqualTo("/v1/chatkit/threads/cthr_abc123/items")).willReturn(okJson(page(
				"cthi_user_001", "cthi_survey_007", false, USER_MESSAGE, ASSISTANT_MESSAGE, WIDGET, TOOL_CALL, TASK,
				TASK_GROUP, FUTURE_ITEM))));

		List<ChatKitThreadItem> items = this.client.chatKit()
			.threads()
			.listItems("cthr_abc123", ListParams.limit(20).withOrder(SortOrder.ASC))
			.data();

		this.server.verify(getRequestedFor(urlEqualTo("/v1/chatkit/threads/cthr_abc123/items?limit=20&order=asc"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1")));
		assertThat(items).extracting(ChatKitThreadItem::type)
			.containsExactly("chatkit.user_message", "chatkit.assistant_message", "chatkit.widget",
					"chatkit.client_tool_call", "chatkit.task", "chatkit.task_group", "chatkit.survey");
		assertThat(items).allSatisfy((item) -> {
			assertThat(item.object()).isEqualTo("chatkit.thread_item");
			assertThat(item.threadId()).isEqualTo("cthr_abc123");
		});
		assertThat(items.get(0).createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1712345610));
		assertThat(items.get(0)).isInstanceOfSatisfying(ChatKitThreadItem.UserMessage.class, (message) -> {
			assertThat(message.content()).containsExactly(
					new UserMessageContent.InputText("I need help debugging an onboarding issue."),
					new UserMessageContent.QuotedText("Step 3 fails with error 42"));
			assertThat(message.attachments()).containsExactly(new ChatKitAttachment(ChatKitAttachment.Type.IMAGE,
					"att_9f2", "screenshot.png", "image/png", "https://cdn.example.com/att_9f2.png"));
			assertThat(message.inferenceOptions()).isEqualTo(new ChatKitThreadItem.InferenceOptions(
					new ChatKitThreadItem.ToolChoice("lookup_account"), "gpt-5"));
		});
		assertThat(items.get(1)).isInstanceOfSatisfying(ChatKitThreadItem.AssistantMessage.class, (message) -> {
			ChatKitOutputText text = message.content().get(0);
			assertThat(text.text()).isEqualTo("Let's start by confirming the workflow version you deployed.");
			assertThat(text.annotations()).containsExactly(
					new ChatKitAnnotation.File(new ChatKitAnnotation.FileSource("file", "runbook.pdf")),
					new ChatKitAnnotation.Url(new ChatKitAnnotation.UrlSource("url", "https://status.example.com")),
					new ChatKitAnnotation.Unknown("entity", Map.of("source", Map.of("type", "entity", "entity_id", "ent_1"))));
		});
		assertThat(items.get(2)).isEqualTo(new ChatKitThreadItem.Widget("cthi_widget_003", "chatkit.thread_item",
				1712345620, "cthr_abc123",
				"{\"type\":\"Card\",\"children\":[{\"type\":\"Text\",\"value\":\"Order #1001\"}]}"));
		assertThat(items.get(3)).isEqualTo(new ChatKitThreadItem.ClientToolCall("cthi_tool_004",
				"chatkit.thread_item", 1712345625, "cthr_abc123", ChatKitThreadItem.ClientToolCallStatus.COMPLETED,
				"call_7Hq", "get_selected_text", "{\"max_chars\": 200}", "{\"text\": \"onboarding\"}"));
		assertThat(items.get(4)).isEqualTo(new ChatKitThreadItem.Task("cthi_task_005", "chatkit.thread_item",
				1712345630, "cthr_abc123", ChatKitThreadItem.TaskType.THOUGHT, "Checking the deployment", null));
		assertThat(items.get(5)).isInstanceOfSatisfying(ChatKitThreadItem.TaskGroup.class,
				(group) -> assertThat(group.tasks()).containsExactly(
						new ChatKitThreadItem.GroupedTask(ChatKitThreadItem.TaskType.CUSTOM, "Fetched logs",
								"3 errors in the last hour"),
						new ChatKitThreadItem.GroupedTask(ChatKitThreadItem.TaskType.THOUGHT, null, null)));
		assertThat(items.get(6)).isInstanceOfSatisfying(ChatKitThreadItem.Unknown.class,
				(unknown) -> assertThat(unknown.fields()).containsOnlyKeys("question", "scale"));
	}

	@Test
	void itemsOfKnownAndLaterTypesAreWrittenBackUnchangedWithTheirType() {
		for (String json : List.of(USER_MESSAGE, ASSISTANT_MESSAGE, WIDGET, TOOL_CALL, FUTURE_ITEM)) {
			ChatKitThreadItem item = OpenAIJson.mapper().readValue(json, ChatKitThreadItem.class);

			assertThat(OpenAIJson.mapper().readTree(OpenAIJson.mapper().writeValueAsString(item)))
				.isEqualTo(OpenAIJson.mapper().readTree(json));
		}
	}

	@Test
	void listItemsAsyncAndAutoPagingWalkTwoPages() {
		String items = "/v1/chatkit/threads/cthr_abc123/items";
		this.server.stubFor(get(urlPathEqualTo(items)).withQueryParam("after", absent())
			.willReturn(okJson(page("cthi_user_001", "cthi_user_001", true, USER_MESSAGE))));
		this.server.stubFor(get(urlPathEqualTo(items)).withQueryParam("after", equalTo("cthi_user_001"))
			.willReturn(okJson(page("cthi_assistant_002", "cthi_assistant_002", false, ASSISTANT_MESSAGE))));

		StepVerifier.create(this.client.chatKit().threads().listItemsAsync("cthr_abc123", ListParams.DEFAULTS))
			.assertNext((page) -> assertThat(page.hasMore()).isTrue())
			.verifyComplete();
		List<String> ids = this.client.chatKit()
			.threads()
			.listItemsAutoPaging("cthr_abc123")
			.stream()
			.map(ChatKitThreadItem::id)
			.toList();

		assertThat(ids).containsExactly("cthi_user_001", "cthi_assistant_002");
		this.server.verify(2, getRequestedFor(urlEqualTo(items)).withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1")));
		this.server.verify(1, getRequestedFor(urlEqualTo(items + "?after=cthi_user_001"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1")));
	}

	@Test
	void invalidParametersFailBeforeTheNetworkNamingTheWireField() {
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> ChatKitThreadListParams.DEFAULTS.withUser("u".repeat(513)))
			.withMessage("user must be 1 to 512 characters, had 513");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> ChatKitThreadListParams.DEFAULTS.withUser(""))
			.withMessage("user must be 1 to 512 characters, had 0");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> this.client.chatKit().threads().retrieve(""))
			.withMessage("thread_id must not be blank");
		StepVerifier.create(this.client.chatKit().threads().listItemsAsync("cthr_abc123", null))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAIValidationException.class)
				.hasMessage("params is required"))
			.verify();
		StepVerifier.create(this.client.chatKit().threads().deleteAsync("../sessions"))
			.expectError(OpenAIValidationException.class)
			.verify();
		this.server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aRateLimitedListRaisesRateLimitExceptionWithTypeCodeAndRequestId() {
		this.server.stubFor(get(urlPathEqualTo("/v1/chatkit/threads")).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_chatkit429")
			.withBody("""
					{"error": {"message": "Rate limit reached for ChatKit threads.", "type": "requests",
					 "param": null, "code": "rate_limit_exceeded"}}
					""")));

		assertThatExceptionOfType(RateLimitException.class)
			.isThrownBy(() -> this.client.chatKit().threads().list(ChatKitThreadListParams.DEFAULTS))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(429);
				assertThat(ex.type()).isEqualTo("requests");
				assertThat(ex.code()).isEqualTo("rate_limit_exceeded");
				assertThat(ex.requestId()).isEqualTo("req_chatkit429");
			});
	}

}
