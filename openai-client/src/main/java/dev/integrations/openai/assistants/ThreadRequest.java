package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of create thread (messages, tool resources, metadata), of modify thread (tool resources and metadata
 * only), and the {@code thread} of create-thread-and-run.
 *
 * @param messages the initial messages, on create only
 * @param toolResources the resources made available to the tools in this thread
 * @param metadata up to 16 key-value pairs
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record ThreadRequest(@Nullable List<MessageRequest> messages, @Nullable ToolResources toolResources,
		@Nullable Map<String, String> metadata) {

	/** An empty thread. */
	public static final ThreadRequest EMPTY = new ThreadRequest(null, null, null);

	/**
	 * Validates the metadata.
	 */
	public ThreadRequest {
		messages = (messages != null) ? List.copyOf(messages) : null;
		Validation.metadata("metadata", metadata);
		AssistantsApi.validateTools(null, toolResources, null);
	}

	/**
	 * A thread that starts with messages.
	 * @param messages the messages
	 * @return the request
	 */
	public static ThreadRequest of(MessageRequest... messages) {
		return new ThreadRequest(List.of(messages), null, null);
	}

	/**
	 * A copy with tool resources.
	 * @param toolResources the resources
	 * @return the copy
	 */
	public ThreadRequest withToolResources(ToolResources toolResources) {
		return new ThreadRequest(this.messages, toolResources, this.metadata);
	}

	/**
	 * A copy with metadata.
	 * @param metadata up to 16 key-value pairs
	 * @return the copy
	 */
	public ThreadRequest withMetadata(Map<String, String> metadata) {
		return new ThreadRequest(this.messages, this.toolResources, metadata);
	}

}
