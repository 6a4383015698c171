package dev.integrations.openai.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.NotFoundException;
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
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredChatCompletionsTest extends ChatWireMockTest {

	private static String stored(String id) {
		return """
				{"object": "chat.completion", "id": "%s", "model": "gpt-4o-2024-08-06", "created": 1738960610,
				 "request_id": "req_ded8ab984ec4bf840f37566c1011c417", "tool_choice": null,
				 "usage": {"total_tokens": 31, "completion_tokens": 18, "prompt_tokens": 13},
				 "seed": 4944116822809979520, "top_p": 1.0, "temperature": 1.0, "presence_penalty": 0.0,
				 "frequency_penalty": 0.0, "system_fingerprint": "fp_50cad350e4", "input_user": null,
				 "service_tier": "default", "tools": null, "metadata": {"topic": "haiku"},
				 "choices": [{"index": 0, "message": {"content": "Mind of circuits hum,  \\nLearning patterns in silence—  \\nFuture's quiet spark.",
				   "role": "assistant", "tool_calls": null, "function_call": null}, "finish_reason": "stop", "logprobs": null}],
				 "response_format": null}
				""".formatted(id);
	}

	private static String page(String data, String firstId, String lastId, boolean hasMore) {
		return "{\"object\": \"list\", \"data\": [" + data + "], \"first_id\": \"" + firstId + "\", \"last_id\": \""
				+ lastId + "\", \"has_more\": " + hasMore + "}";
	}

	@Test
	void listSendsFiltersAsQueryParametersAndParsesThePage() {
		this.server.stubFor(get(urlPathEqualTo("/v1/chat/completions")).willReturn(okJson(
				page(stored("chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2"), "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2",
						"chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2", false))));
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("topic", "haiku");
		metadata.put("team", "a&b");

		ListResponse<ChatCompletion> page = this.client.chatCompletions()
			.list(new ChatCompletionListParams("chatcmpl-prev", 10, SortOrder.DESC, metadata, "gpt-4o"));

		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/chat/completions?after=chatcmpl-prev&limit=10&order=desc"
				+ "&model=gpt-4o&metadata%5Btopic%5D=haiku&metadata%5Bteam%5D=a%26b"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("OpenAI-Organization", equalTo("org-test123"))
			.withHeader("OpenAI-Project", equalTo("proj_test456"))
			.withHeader("Accept", equalTo("application/json")));
		assertThat(page.hasMore()).isFalse();
		assertThat(page.lastId()).isEqualTo("chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2");
		ChatCompletion completion = page.data().get(0);
		assertThat(completion.metadata()).containsEntry("topic", "haiku");
		assertThat(completion.content()).startsWith("Mind of circuits hum");
		assertThat(completion.usage().totalTokens()).isEqualTo(31);
	}

	@Test
	void listWithDefaultsSendsNoQuery() {
		this.server.stubFor(get("/v1/chat/completions").willReturn(okJson(page("", "", "", false))));

		StepVerifier.create(this.client.chatCompletions().listAsync(ChatCompletionListParams.DEFAULTS))
			.assertNext((page) -> assertThat(page.data()).isEmpty())
			.verifyComplete();
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void autoPagingFollowsTheCursorAndStopsWhenNoMorePages() {
		this.server.stubFor(get(urlEqualTo("/v1/chat/completions?limit=2")).willReturn(okJson(
				page(stored("chatcmpl-1") + "," + stored("chatcmpl-2"), "chatcmpl-1", "chatcmpl-2", true))));
		this.server.stubFor(get(urlEqualTo("/v1/chat/completions?after=chatcmpl-2&limit=2"))
			.willReturn(okJson(page(stored("chatcmpl-3"), "chatcmpl-3", "chatcmpl-3", false))));
		ChatCompletionListParams params = new ChatCompletionListParams(null, 2, null, null, null);

		assertThat(this.client.chatCompletions().listAutoPaging(params).stream().map(ChatCompletion::id))
			.containsExactly("chatcmpl-1", "chatcmpl-2", "chatcmpl-3");
		StepVerifier.create(this.client.chatCompletions().listAutoPaging(params).all().map(ChatCompletion::id))
			.expectNext("chatcmpl-1", "chatcmpl-2", "chatcmpl-3")
			.verifyComplete();
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/chat/completions?after=chatcmpl-2&limit=2")));
		this.server.verify(0, getRequestedFor(urlEqualTo("/v1/chat/completions?after=chatcmpl-3&limit=2")));
	}

	@Test
	void retrieveGetsTheStoredCompletion() {
		this.server.stubFor(get("/v1/chat/completions/chatcmpl-abc123").willReturn(okJson(stored("chatcmpl-abc123"))));

		ChatCompletion completion = this.client.chatCompletions().retrieve("chatcmpl-abc123");

		assertThat(completion.id()).isEqualTo("chatcmpl-abc123");
		assertThat(completion.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/chat/completions/chatcmpl-abc123"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void retrieveOfUnknownCompletionRaisesNotFound() {
		this.server.stubFor(get("/v1/chat/completions/chatcmpl-missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_404chat")
			.withBody("""
					{"error": {"message": "No chat completion found with id chatcmpl-missing.",
					 "type": "invalid_request_error", "param": null, "code": null}}
					""")));

		StepVerifier.create(this.client.chatCompletions().retrieveAsync("chatcmpl-missing"))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(NotFoundException.class,
					(ex) -> assertThat(ex.requestId()).isEqualTo("req_404chat")))
			.verify();
	}

	@Test
	void updatePostsOnlyTheMetadata() {
		this.server.stubFor(post("/v1/chat/completions/chatcmpl-abc123").willReturn(okJson(stored("chatcmpl-abc123"))));

		ChatCompletion updated = this.client.chatCompletions().update("chatcmpl-abc123", Map.of("topic", "haiku"));

		assertThat(updated.metadata()).containsEntry("topic", "haiku");
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions/chatcmpl-abc123"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"metadata\": {\"topic\": \"haiku\"}}", false, false)));
		StepVerifier.create(this.client.chatCompletions().updateAsync("chatcmpl-abc123", Map.of()))
			.assertNext((completion) -> assertThat(completion.id()).isEqualTo("chatcmpl-abc123"))
			.verifyComplete();
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions/chatcmpl-abc123"))
			.withRequestBody(equalToJson("{\"metadata\": {}}", false, false)));
	}

	@Test
	void deleteParsesTheDeletionStatus() {
		this.server.stubFor(delete("/v1/chat/completions/chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2").willReturn(okJson("""
				{"object": "chat.completion.deleted", "id": "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2", "deleted": true}
				""")));

		DeletionStatus status = this.client.chatCompletions().delete("chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2");

		assertThat(status).isEqualTo(
				new DeletionStatus("chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2", "chat.completion.deleted", true, Map.of()));
		StepVerifier.create(this.client.chatCompletions().deleteAsync("chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2"))
			.expectNext(status)
			.verifyComplete();
		this.server.verify(2, deleteRequestedFor(urlEqualTo("/v1/chat/completions/chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withRequestBody(absent()));
	}

	@Test
	void listMessagesParsesTextAndPartsAndPages() {
		this.server.stubFor(get(urlEqualTo("/v1/chat/completions/chat_abc123/messages?limit=1&order=asc"))
			.willReturn(okJson(page("""
					{"id": "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2-0", "role": "user", "content": "write a haiku about ai",
					 "name": null, "content_parts": null}
					""", "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2-0", "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2-0", true))));
		this.server.stubFor(get(urlEqualTo("/v1/chat/completions/chat_abc123/messages?after=chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2-0&limit=1&order=asc"))
			.willReturn(okJson(page("""
					{"id": "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2-1", "role": "user", "content": "What is in this image?",
					 "content_parts": [{"type": "text", "text": "What is in this image?"},
					   {"type": "image_url", "image_url": {"url": "https://example.com/boardwalk.jpg", "detail": "low"}}]}
					""", "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2-1", "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2-1", false))));
		ChatMessageListParams params = new ChatMessageListParams(null, 1, SortOrder.ASC);

		ListResponse<StoredChatMessage> first = this.client.chatCompletions().listMessages("chat_abc123", params);
		List<StoredChatMessage> all = this.client.chatCompletions().listMessagesAutoPaging("chat_abc123", params)
			.stream()
			.toList();

		assertThat(first.data().get(0).content()).isEqualTo("write a haiku about ai");
		assertThat(first.data().get(0).role()).isEqualTo(ChatRole.USER);
		assertThat(first.data().get(0).contentParts()).isEmpty();
		assertThat(all).extracting(StoredChatMessage::id)
			.containsExactly("chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2-0", "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2-1");
		assertThat(all.get(1).contentParts()).containsExactly(ContentPart.text("What is in this image?"),
				ContentPart.imageUrl("https://example.com/boardwalk.jpg", ContentPart.ImageDetail.LOW));
		StepVerifier.create(this.client.chatCompletions().listMessagesAsync("chat_abc123", params))
			.assertNext((page) -> assertThat(page.hasMore()).isTrue())
			.verifyComplete();
		this.server.verify(getRequestedFor(urlPathEqualTo("/v1/chat/completions/chat_abc123/messages"))
			.withHeader("OpenAI-Project", equalTo("proj_test456")));
	}

	@Test
	void blankCompletionIdIsRejectedBeforeAnyRequest() {
		assertThatThrownBy(() -> this.client.chatCompletions().retrieve(" "))
			.hasMessage("completion_id must not be blank");
		assertThatThrownBy(() -> this.client.chatCompletions().delete(""))
			.hasMessage("completion_id must not be blank");
		StepVerifier.create(this.client.chatCompletions().listMessagesAsync("", ChatMessageListParams.DEFAULTS))
			.expectErrorMessage("completion_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
