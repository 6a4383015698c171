package dev.integrations.openai.assistants;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

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

@SuppressWarnings("deprecation")
class ThreadAndMessageServiceTest extends WireMockSupport {

	private static final String THREAD = """
			{"id": "thread_abc123", "object": "thread", "created_at": 1699012949,
			 "metadata": {"user": "u_42"},
			 "tool_resources": {"code_interpreter": {"file_ids": ["file-abc123"]}}}
			""";

	static final String ANSWER = """
			{
			  "id": "msg_abc123",
			  "object": "thread.message",
			  "created_at": 1698983503,
			  "thread_id": "thread_abc123",
			  "status": "completed",
			  "incomplete_details": null,
			  "completed_at": 1698983510,
			  "incomplete_at": null,
			  "role": "assistant",
			  "content": [
			    {"type": "text", "text": {"value": "Employees get 25 days of leave【4:0†handbook.pdf】. See sandbox:/mnt/data/leave.csv",
			      "annotations": [
			        {"type": "file_citation", "text": "【4:0†handbook.pdf】", "file_citation": {"file_id": "file-handbook"},
			         "start_index": 30, "end_index": 48},
			        {"type": "file_path", "text": "sandbox:/mnt/data/leave.csv", "file_path": {"file_id": "file-leavecsv"},
			         "start_index": 54, "end_index": 81}
			      ]}},
			    {"type": "image_file", "image_file": {"file_id": "file-chart", "detail": "high"}},
			    {"type": "image_url", "image_url": {"url": "https://example.com/org-chart.png", "detail": "low"}},
			    {"type": "refusal", "refusal": "I cannot share salary data."},
			    {"type": "audio_clip", "audio_clip": {"file_id": "file-future"}}
			  ],
			  "assistant_id": "asst_abc123",
			  "run_id": "run_abc123",
			  "attachments": [{"file_id": "file-handbook", "tools": [{"type": "file_search"}]}],
			  "metadata": {}
			}
			""";

	@Test
	void createThreadSendsMessagesWithPartsAttachmentsAndToolResources() {
		this.server.stubFor(post("/v1/threads").willReturn(okJson(THREAD)));

		AssistantThread thread = this.client.threads()
			.create(ThreadRequest.of(MessageRequest.user("How many days of leave do I get?")
				.withAttachments(List.of(Attachment.of("file-handbook", AssistantTool.fileSearch(),
						AssistantTool.codeInterpreter()))),
					MessageRequest.user(List.of(MessageInputPart.text("What is in this chart?"),
							MessageInputPart.imageFile("file-chart", ImageDetail.HIGH),
							MessageInputPart.imageUrl("https://example.com/org-chart.png", null)))
						.withMetadata(Map.of("source", "web")))
				.withToolResources(ToolResources.codeInterpreterFiles(List.of("file-abc123")))
				.withMetadata(Map.of("user", "u_42")));

		this.server.verify(postRequestedFor(urlEqualTo("/v1/threads"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("""
					{
					  "messages": [
					    {"role": "user", "content": "How many days of leave do I get?",
					     "attachments": [{"file_id": "file-handbook", "tools": [{"type": "file_search"}, {"type": "code_interpreter"}]}]},
					    {"role": "user", "content": [
					      {"type": "text", "text": "What is in this chart?"},
					      {"type": "image_file", "image_file": {"file_id": "file-chart", "detail": "high"}},
					      {"type": "image_url", "image_url": {"url": "https://example.com/org-chart.png"}}
					     ], "metadata": {"source": "web"}}
					  ],
					  "tool_resources": {"code_interpreter": {"file_ids": ["file-abc123"]}},
					  "metadata": {"user": "u_42"}
					}
					""", false, false)));
		assertThat(thread.id()).isEqualTo("thread_abc123");
		assertThat(thread.createdAtInstant().getEpochSecond()).isEqualTo(1699012949L);
		assertThat(thread.toolResources().codeInterpreter().fileIds()).containsExactly("file-abc123");
		assertThat(thread.metadata()).containsEntry("user", "u_42");
	}

	@Test
	void emptyThreadIsAnEmptyObject() {
		this.server.stubFor(post("/v1/threads").willReturn(okJson(THREAD)));

		this.client.threads().create(ThreadRequest.EMPTY);

		this.server.verify(postRequestedFor(urlEqualTo("/v1/threads")).withRequestBody(equalToJson("{}")));
	}

	@Test
	void retrieveModifyAndDeleteThread() {
		this.server.stubFor(get("/v1/threads/thread_abc123").willReturn(okJson(THREAD)));
		this.server.stubFor(post("/v1/threads/thread_abc123").willReturn(okJson(THREAD)));
		this.server.stubFor(delete("/v1/threads/thread_abc123").willReturn(okJson("""
				{"id": "thread_abc123", "object": "thread.deleted", "deleted": true}
				""")));

		assertThat(this.client.threads().retrieve("thread_abc123").metadata()).containsEntry("user", "u_42");
		StepVerifier.create(this.client.threads()
			.modifyAsync("thread_abc123", new ThreadRequest(null, ToolResources.fileSearchVectorStore("vs_abc123"),
					Map.of("modified", "true", "user", "abc123"))))
			.expectNextCount(1)
			.verifyComplete();
		DeletionStatus deleted = this.client.threads().delete("thread_abc123");

		assertThat(deleted.object()).isEqualTo("thread.deleted");
		this.server.verify(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2")));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/threads/thread_abc123"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("""
					{"tool_resources": {"file_search": {"vector_store_ids": ["vs_abc123"]}},
					 "metadata": {"modified": "true", "user": "abc123"}}
					""")));
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/threads/thread_abc123"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2")));
	}

	@Test
	void createMessageAndParseEveryContentPart() {
		this.server.stubFor(post("/v1/threads/thread_abc123/messages").willReturn(okJson(ANSWER)));

		Message message = this.client.threads()
			.messages()
			.create("thread_abc123", MessageRequest.assistant("Employees get 25 days of leave."));

		this.server.verify(postRequestedFor(urlEqualTo("/v1/threads/thread_abc123/messages"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("""
					{"role": "assistant", "content": "Employees get 25 days of leave."}
					""")));
		assertThat(message.role()).isEqualTo(MessageRole.ASSISTANT);
		assertThat(message.status()).isEqualTo(Message.Status.COMPLETED);
		assertThat(message.runId()).isEqualTo("run_abc123");
		assertThat(message.completedAtInstant()).isEqualTo(Instant.ofEpochSecond(1698983510L));
		assertThat(message.incompleteAtInstant()).isNull();
		assertThat(message.content()).hasSize(5);
		MessageContent.Text text = (MessageContent.Text) message.content().get(0);
		assertThat(text.text().annotations()).hasSize(2);
		assertThat(text.text().annotations().get(0)).isInstanceOfSatisfying(Annotation.FileCitation.class,
				(citation) -> {
					assertThat(citation.fileCitation().fileId()).isEqualTo("file-handbook");
					assertThat(citation.startIndex()).isEqualTo(30);
					assertThat(citation.endIndex()).isEqualTo(48);
				});
		assertThat(text.text().annotations().get(1)).isInstanceOfSatisfying(Annotation.FilePath.class,
				(path) -> assertThat(path.filePath().fileId()).isEqualTo("file-leavecsv"));
		assertThat(message.content().get(1)).isInstanceOfSatisfying(MessageContent.ImageFileContent.class,
				(image) -> assertThat(image.imageFile()).isEqualTo(new ImageFile("file-chart", ImageDetail.HIGH)));
		assertThat(message.content().get(2)).isInstanceOfSatisfying(MessageContent.ImageUrlContent.class,
				(image) -> assertThat(image.imageUrl().detail()).isEqualTo(ImageDetail.LOW));
		assertThat(message.content().get(3)).isInstanceOfSatisfying(MessageContent.Refusal.class,
				(refusal) -> assertThat(refusal.refusal()).isEqualTo("I cannot share salary data."));
		assertThat(message.content().get(4)).isInstanceOf(MessageContent.Unknown.class);
		assertThat(message.text()).startsWith("Employees get 25 days of leave");
		assertThat(message.attachments()).singleElement()
			.satisfies((attachment) -> assertThat(attachment.tools()).containsExactly(AssistantTool.fileSearch()));
	}

	@Test
	void listMessagesFiltersByRunAndPages() {
		this.server.stubFor(get(urlPathEqualTo("/v1/threads/thread_abc123/messages")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "msg_abc123", "last_id": "msg_abc123", "has_more": false}
				""".formatted(ANSWER))));

		ListResponse<Message> page = this.client.threads()
			.messages()
			.list("thread_abc123", MessageListParams.of(ListParams.limit(20)).withRunId("run_abc123"));
		List<Message> all = this.client.threads()
			.messages()
			.listAutoPaging("thread_abc123", MessageListParams.DEFAULTS)
			.all()
			.collectList()
			.block();

		assertThat(page.data()).extracting(Message::id).containsExactly("msg_abc123");
		assertThat(all).hasSize(1);
		this.server.verify(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/messages?limit=20&run_id=run_abc123"))
			.withHeader("OpenAI-Beta", equalTo("assistants=v2")));
		this.server.verify(getRequestedFor(urlEqualTo("/v1/threads/thread_abc123/messages")));
	}

	@Test
	void retrieveModifyAndDeleteMessage() {
		String path = "/v1/threads/thread_abc123/messages/msg_abc123";
		this.server.stubFor(get(path).willReturn(okJson(ANSWER)));
		this.server.stubFor(post(path).willReturn(okJson(ANSWER)));
		this.server.stubFor(delete(path).willReturn(okJson("""
				{"id": "msg_abc123", "object": "thread.message.deleted", "deleted": true}
				""")));
		MessageService messages = this.client.threads().messages();

		assertThat(messages.retrieve("thread_abc123", "msg_abc123").id()).isEqualTo("msg_abc123");
		assertThat(messages.modifyAsync("thread_abc123", "msg_abc123", Map.of("modified", "true")).block())
			.isNotNull();
		assertThat(messages.delete("thread_abc123", "msg_abc123").deleted()).isTrue();

		this.server.verify(postRequestedFor(urlEqualTo(path)).withHeader("OpenAI-Beta", equalTo("assistants=v2"))
			.withRequestBody(equalToJson("{\"metadata\": {\"modified\": \"true\"}}")));
		this.server.verify(deleteRequestedFor(urlEqualTo(path)).withHeader("OpenAI-Beta", equalTo("assistants=v2")));
	}

	@Test
	void invalidMessagesAreRejectedWithTheWireFieldName() {
		assertThatThrownBy(() -> MessageRequest.user(List.of())).isInstanceOf(OpenAIValidationException.class)
			.hasMessage("content must not be empty");
		assertThatThrownBy(() -> new MessageRequest(MessageRole.USER, "a", List.of(MessageInputPart.text("b")), null,
				null))
			.hasMessage("content must be either a string or a list of parts");
		assertThatThrownBy(() -> Attachment.of("file-abc123", AssistantTool.function(
				new FunctionDefinition("lookup", null, null, null))))
			.hasMessage("attachments.tools accepts code_interpreter and file_search only");
		assertThatThrownBy(() -> this.client.threads()
			.modify("thread_abc123", ThreadRequest.of(MessageRequest.user("Hi"))))
			.hasMessage("messages cannot be modified; create messages instead");
		assertThatThrownBy(() -> ThreadRequest.EMPTY.withToolResources(new ToolResources(null,
				new ToolResources.FileSearch(List.of("vs_abc123"),
						List.of(new ToolResources.NewVectorStore(List.of("file-abc123"), null, null))))))
			.hasMessage("tool_resources.file_search accepts either vector_store_ids or vector_stores, not both");
		assertThatThrownBy(() -> this.client.threads().messages().retrieve("thread_abc123", ""))
			.hasMessage("message_id must not be blank");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
