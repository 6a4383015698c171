package dev.integrations.openai.chatkit;

import dev.integrations.openai.common.OpenAIService;

/**
 * The ChatKit API ({@code /chatkit}, beta): {@link #sessions()} and {@link #threads()}; every request carries
 * {@code OpenAI-Beta: chatkit_beta=v1}. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#chatKit()}.
 */
public interface ChatKitService extends OpenAIService<ChatKitService> {

	/** @return ChatKit sessions and their client secrets ({@code /chatkit/sessions}) */
	ChatKitSessionService sessions();

	/** @return ChatKit threads and their items ({@code /chatkit/threads}) */
	ChatKitThreadService threads();

}
