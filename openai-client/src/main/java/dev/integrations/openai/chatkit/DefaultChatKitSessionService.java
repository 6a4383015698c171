package dev.integrations.openai.chatkit;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import reactor.core.publisher.Mono;

/**
 * {@link ChatKitSessionService} over the shared executor.
 */
final class DefaultChatKitSessionService implements ChatKitSessionService {

	private final ApiExecutor executor;

	DefaultChatKitSessionService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public ChatKitSessionService withOptions(RequestOptions options) {
		return new DefaultChatKitSessionService(this.executor.withOptions(options));
	}

	@Override
	public ChatSession create(ChatSessionRequest request) {
		return this.executor.blocking(createRequest(request), ChatSession.class);
	}

	@Override
	public Mono<ChatSession> createAsync(ChatSessionRequest request) {
		return this.executor.mono(() -> createRequest(request), ChatSession.class);
	}

	@Override
	public ChatSession cancel(String sessionId) {
		return this.executor.blocking(cancelRequest(sessionId), ChatSession.class);
	}

	@Override
	public Mono<ChatSession> cancelAsync(String sessionId) {
		return this.executor.mono(() -> cancelRequest(sessionId), ChatSession.class);
	}

	private static ApiRequest createRequest(ChatSessionRequest request) {
		Validation.required("request", request);
		return DefaultChatKitService.beta(ApiRequest.post("/chatkit/sessions"))
			.operation("chatkit.sessions.create")
			.jsonBody(request)
			.build();
	}

	private static ApiRequest cancelRequest(String sessionId) {
		return DefaultChatKitService.beta(ApiRequest.post("/chatkit/sessions/{session_id}/cancel", sessionId))
			.operation("chatkit.sessions.cancel")
			.build();
	}

}
