package dev.integrations.openai.chat;

import java.time.Duration;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;

/**
 * The WireMock tests of this package: the shared setup with a response timeout long enough for the first call of a
 * cold JVM on a loaded build machine, so that exact request counts are not disturbed by a timeout retry.
 */
abstract class ChatWireMockTest extends WireMockSupport {

	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(30)).streamIdleTimeout(Duration.ofSeconds(30));
	}

}
