package dev.integrations.openai.chatkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.internal.WireTypeNames;
import org.jspecify.annotations.Nullable;

/**
 * One item of a {@link ChatKitThread} ({@code chatkit.thread_item}): a user or assistant message, a widget, a
 * client tool call, a task or a task group. An item type this client does not know reads as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ChatKitThreadItem.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ChatKitThreadItem.UserMessage.class),
		@JsonSubTypes.Type(ChatKitThreadItem.AssistantMessage.class),
		@JsonSubTypes.Type(ChatKitThreadItem.Widget.class), @JsonSubTypes.Type(ChatKitThreadItem.ClientToolCall.class),
		@JsonSubTypes.Type(ChatKitThreadItem.Task.class), @JsonSubTypes.Type(ChatKitThreadItem.TaskGroup.class) })
public sealed interface ChatKitThreadItem {

	/** @return the item ID, such as {@code cthi_user_001} */
	String id();

	/** @return always {@code chatkit.thread_item} */
	String object();

	/** @return when the item was created, in Unix seconds */
	long createdAt();

	/** @return the ID of the thread the item belongs to */
	String threadId();

	/** @return the wire type, such as {@code chatkit.user_message} */
	default String type() {
		return WireTypeNames.of(this);
	}

	/** @return {@link #createdAt()} as an instant */
	default Instant createdAtInstant() {
		return Instant.ofEpochSecond(createdAt());
	}

	/**
	 * A message of the end user ({@code chatkit.user_message}).
	 *
	 * @param id the item ID
	 * @param object always {@code chatkit.thread_item}
	 * @param createdAt when it was created, in Unix seconds
	 * @param threadId the thread ID
	 * @param content the text and quoted text, in order
	 * @param attachments the attached images and files
	 * @param inferenceOptions the model and tool the user asked for, or {@code null}
	 */
	@JsonTypeName("chatkit.user_message")
	record UserMessage(String id, String object, long createdAt, String threadId, List<UserMessageContent> content,
			List<ChatKitAttachment> attachments, @Nullable InferenceOptions inferenceOptions)
			implements ChatKitThreadItem {

		/**
		 * Normalizes missing lists to empty ones.
		 */
		public UserMessage {
			content = WireLists.copyOf(content);
			attachments = WireLists.copyOf(attachments);
		}

	}

	/**
	 * A message of the assistant ({@code chatkit.assistant_message}).
	 *
	 * @param id the item ID
	 * @param object always {@code chatkit.thread_item}
	 * @param createdAt when it was created, in Unix seconds
	 * @param threadId the thread ID
	 * @param content the response text segments, in order
	 */
	@JsonTypeName("chatkit.assistant_message")
	record AssistantMessage(String id, String object, long createdAt, String threadId,
			List<ChatKitOutputText> content) implements ChatKitThreadItem {

		/**
		 * Normalizes missing content to an empty list.
		 */
		public AssistantMessage {
			content = WireLists.copyOf(content);
		}

	}

	/**
	 * A widget rendered in the UI ({@code chatkit.widget}).
	 *
	 * @param id the item ID
	 * @param object always {@code chatkit.thread_item}
	 * @param createdAt when it was created, in Unix seconds
	 * @param threadId the thread ID
	 * @param widget the serialized widget payload
	 */
	@JsonTypeName("chatkit.widget")
	record Widget(String id, String object, long createdAt, String threadId, String widget)
			implements ChatKitThreadItem {

	}

	/**
	 * A tool call the assistant asked the client to run ({@code chatkit.client_tool_call}).
	 *
	 * @param id the item ID
	 * @param object always {@code chatkit.thread_item}
	 * @param createdAt when it was created, in Unix seconds
	 * @param threadId the thread ID
	 * @param status whether the call is still running
	 * @param callId the call ID
	 * @param name the tool name
	 * @param arguments the arguments, as JSON text
	 * @param output the output, as JSON text; {@code null} while the call runs
	 */
	@JsonTypeName("chatkit.client_tool_call")
	record ClientToolCall(String id, String object, long createdAt, String threadId, ClientToolCallStatus status,
			String callId, String name, String arguments, @Nullable String output) implements ChatKitThreadItem {

	}

	/**
	 * A task the workflow reports progress with ({@code chatkit.task}).
	 *
	 * @param id the item ID
	 * @param object always {@code chatkit.thread_item}
	 * @param createdAt when it was created, in Unix seconds
	 * @param threadId the thread ID
	 * @param taskType the kind of task
	 * @param heading the heading, or {@code null}
	 * @param summary the summary, or {@code null}
	 */
	@JsonTypeName("chatkit.task")
	record Task(String id, String object, long createdAt, String threadId, TaskType taskType,
			@Nullable String heading, @Nullable String summary) implements ChatKitThreadItem {

	}

	/**
	 * Tasks of the workflow shown together ({@code chatkit.task_group}).
	 *
	 * @param id the item ID
	 * @param object always {@code chatkit.thread_item}
	 * @param createdAt when it was created, in Unix seconds
	 * @param threadId the thread ID
	 * @param tasks the tasks, in order
	 */
	@JsonTypeName("chatkit.task_group")
	record TaskGroup(String id, String object, long createdAt, String threadId, List<GroupedTask> tasks)
			implements ChatKitThreadItem {

		/**
		 * Normalizes missing tasks to an empty list.
		 */
		public TaskGroup {
			tasks = WireLists.copyOf(tasks);
		}

	}

	/**
	 * An item type this client does not know yet.
	 *
	 * @param id the item ID
	 * @param object always {@code chatkit.thread_item}
	 * @param createdAt when it was created, in Unix seconds
	 * @param threadId the thread ID
	 * @param type the type, as read
	 * @param fields the other fields, as read, written back unchanged
	 */
	record Unknown(String id, String object, long createdAt, String threadId, @JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ChatKitThreadItem {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

	/**
	 * The model and tool a user message asked for.
	 *
	 * @param toolChoice the tool to call, or {@code null} to let ChatKit choose
	 * @param model the model, or {@code null} for the session's default
	 */
	record InferenceOptions(@Nullable ToolChoice toolChoice, @Nullable String model) {

	}

	/**
	 * The tool a user message asked for.
	 *
	 * @param id the tool's identifier
	 */
	record ToolChoice(String id) {

	}

	/**
	 * One task of a {@link TaskGroup}.
	 *
	 * @param type the kind of task
	 * @param heading the heading, or {@code null}
	 * @param summary the summary, or {@code null}
	 */
	record GroupedTask(TaskType type, @Nullable String heading, @Nullable String summary) {

	}

	/** The state of a {@link ClientToolCall}. */
	enum ClientToolCallStatus {

		/** The client is running the tool. */
		IN_PROGRESS,

		/** The output is there. */
		COMPLETED,

		/** A state this client does not know yet. */
		@JsonEnumDefaultValue
		UNKNOWN

	}

	/** The kind of a {@link Task}. */
	enum TaskType {

		/** A task defined by the workflow. */
		CUSTOM,

		/** A step of the model's reasoning. */
		THOUGHT,

		/** A kind this client does not know yet. */
		@JsonEnumDefaultValue
		UNKNOWN

	}

}
