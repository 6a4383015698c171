package dev.integrations.openai.chatkit;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.transport.ApiRequest;

/**
 * {@link ChatKitService} holding one service per route, and the beta header they all send.
 */
final class DefaultChatKitService implements ChatKitService {

	private final ApiExecutor executor;

	private final ChatKitSessionService sessions;

	private final ChatKitThreadService threads;

	DefaultChatKitService(ApiExecutor executor) {
		this.executor = executor;
		this.sessions = new DefaultChatKitSessionService(executor);
		this.threads = new DefaultChatKitThreadService(executor);
	}

	@Override
	public ChatKitService withOptions(RequestOptions options) {
		return new DefaultChatKitService(this.executor.withOptions(options));
	}

	@Override
	public ChatKitSessionService sessions() {
		return this.sessions;
	}

	@Override
	public ChatKitThreadService threads() {
		return this.threads;
	}

	/**
	 * Adds the header the ChatKit beta requires, {@code OpenAI-Beta: chatkit_beta=v1}.
	 * @param request the request being built
	 * @return the same builder
	 */
	static ApiRequest.Builder beta(ApiRequest.Builder request) {
		return request.header("OpenAI-Beta", "chatkit_beta=v1");
	}

}
