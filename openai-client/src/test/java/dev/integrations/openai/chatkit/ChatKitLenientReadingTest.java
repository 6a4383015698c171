package dev.integrations.openai.chatkit;

import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ChatKit threads, items and sessions as a careless or newer server sends them: {@code null} lists and elements,
 * kinds added later at every level (item, content block, annotation, attachment, task, tool call status, thread
 * status), fractional integers and missing optional parts. Each reads; an item of a later type is written back as it
 * came.
 */
class ChatKitLenientReadingTest {

	@Test
	void itemsWithNullListsAndKindsAddedLaterAtEveryLevelRead() {
		String items = """
				[{"id": "cthi_1", "object": "chatkit.thread_item", "created_at": 1.7595306E9, "thread_id": "cthr_1",
				  "type": "chatkit.user_message", "content": [null, {"type": "input_audio", "audio_id": "a_1"}],
				  "attachments": [{"type": "video", "id": "att_1", "name": "clip.mp4", "mime_type": "video/mp4",
				    "preview_url": null}], "inference_options": null},
				 {"id": "cthi_2", "object": "chatkit.thread_item", "created_at": 1759530601, "thread_id": "cthr_1",
				  "type": "chatkit.assistant_message", "content": [{"type": "output_text", "text": "See",
				    "annotations": [null, {"type": "entity", "source": {"type": "entity", "id": "e_1"}}]}]},
				 {"id": "cthi_3", "object": "chatkit.thread_item", "created_at": 1759530602, "thread_id": "cthr_1",
				  "type": "chatkit.client_tool_call", "status": "failed", "call_id": "call_1", "name": "lookup",
				  "arguments": "{}", "output": null},
				 {"id": "cthi_4", "object": "chatkit.thread_item", "created_at": 1759530603, "thread_id": "cthr_1",
				  "type": "chatkit.task_group", "tasks": [{"type": "search", "heading": null, "summary": null}]},
				 {"id": "cthi_5", "object": "chatkit.thread_item", "created_at": 1759530604, "thread_id": "cthr_1",
				  "type": "chatkit.assistant_message", "content": null}]
				""";

		ChatKitThreadItem[] read = OpenAIJson.mapper().readValue(items, ChatKitThreadItem[].class);

		assertThat(read[0]).isInstanceOfSatisfying(ChatKitThreadItem.UserMessage.class, (user) -> {
			assertThat(user.createdAt()).isEqualTo(1_759_530_600L);
			assertThat(user.content()).singleElement().isInstanceOf(UserMessageContent.Unknown.class);
			assertThat(user.attachments()).singleElement()
				.satisfies((attachment) -> assertThat(attachment.type()).isEqualTo(ChatKitAttachment.Type.UNKNOWN));
		});
		assertThat(read[1]).isInstanceOfSatisfying(ChatKitThreadItem.AssistantMessage.class,
				(assistant) -> assertThat(assistant.content().get(0).annotations()).singleElement()
					.isInstanceOf(ChatKitAnnotation.Unknown.class));
		assertThat(read[2]).isInstanceOfSatisfying(ChatKitThreadItem.ClientToolCall.class,
				(call) -> assertThat(call.status()).isEqualTo(ChatKitThreadItem.ClientToolCallStatus.UNKNOWN));
		assertThat(read[3]).isInstanceOfSatisfying(ChatKitThreadItem.TaskGroup.class,
				(group) -> assertThat(group.tasks()).singleElement()
					.satisfies((task) -> assertThat(task.type()).isEqualTo(ChatKitThreadItem.TaskType.UNKNOWN)));
		assertThat(read[4]).isInstanceOfSatisfying(ChatKitThreadItem.AssistantMessage.class,
				(assistant) -> assertThat(assistant.content()).isEmpty());
	}

	@Test
	void aThreadWithALaterStatusAndASessionWithoutOptionalPartsRead() {
		ChatKitThread thread = OpenAIJson.mapper().readValue("""
				{"id": "cthr_1", "object": "chatkit.thread", "created_at": 1759530600, "title": null,
				 "status": {"type": "archived", "reason": "retention", "until": 1760000000}, "user": "user_789"}
				""", ChatKitThread.class);
		ChatSession session = OpenAIJson.mapper().readValue("""
				{"id": "cksess_1", "object": "chatkit.session", "expires_at": 1759530600, "client_secret": "ek_1",
				 "workflow": {"id": "wf_1", "version": null, "state_variables": null, "tracing": null},
				 "user": "user_789", "rate_limits": null, "max_requests_per_1_minute": 10.0, "status": null,
				 "chatkit_configuration": null}
				""", ChatSession.class);

		assertThat(thread.status()).isInstanceOfSatisfying(ChatKitThreadStatus.Unknown.class, (status) -> {
			assertThat(status.type()).isEqualTo("archived");
			assertThat(status.fields()).containsEntry("reason", "retention");
		});
		assertThat(session.status()).isEqualTo(ChatSessionStatus.UNKNOWN);
		assertThat(session.maxRequestsPer1Minute()).isEqualTo(10);
		assertThat(session.workflow().stateVariables()).isNull();
	}

}
