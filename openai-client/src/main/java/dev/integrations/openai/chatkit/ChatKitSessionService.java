package dev.integrations.openai.chatkit;

import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * ChatKit sessions ({@code /chatkit/sessions}, beta): a session hands a ChatKit front end the ephemeral client
 * secret it authenticates with. Blocking methods run on the caller's thread; {@code Async} methods call on
 * subscription. Thread-safe; get it from {@code client.chatKit().sessions()}.
 */
public interface ChatKitSessionService extends OpenAIService<ChatKitSessionService> {

	/**
	 * Creates a ChatKit session ({@code POST /chatkit/sessions}).
	 * @param request the workflow, the end user and the optional overrides
	 * @return the session, with its client secret for the front end
	 */
	ChatSession create(ChatSessionRequest request);

	/** {@link #create(ChatSessionRequest)} as a lazy {@link Mono}. */
	Mono<ChatSession> createAsync(ChatSessionRequest request);

	/**
	 * Cancels an active session, so its client secret no longer works
	 * ({@code POST /chatkit/sessions/{session_id}/cancel}).
	 * @param sessionId the session ID, such as {@code cksess_123}
	 * @return the session's most recent state, usually {@code cancelled}
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such session
	 */
	ChatSession cancel(String sessionId);

	/** {@link #cancel(String)} as a lazy {@link Mono}. */
	Mono<ChatSession> cancelAsync(String sessionId);

}
