package dev.integrations.openai.client;

import dev.integrations.openai.internal.ApiExecutor;

/**
 * Test access to what a built client shares between its services, for tests of the core below the services that
 * must still run on the client's own connection pool.
 */
public final class ClientInternals {

	private ClientInternals() {
	}

	/**
	 * The executor of a client built by {@link OpenAIClientBuilder}.
	 * @param client the client
	 * @return its executor
	 */
	public static ApiExecutor executor(OpenAIClient client) {
		return ((DefaultOpenAIClient) client).executor();
	}

}
