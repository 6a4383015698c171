package dev.integrations.openai.test;

import dev.integrations.openai.autoconfigure.OpenAIClients;
import dev.integrations.openai.autoconfigure.OpenAIConnectionDetails;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.client.OpenAIConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureMockOpenAI#clients()} points only the selected clients at the mock.
 */
@SpringBootTest(properties = { "openai.base-url=https://openai.invalid/v1", "openai.api-key=sk-top-level",
		"openai.clients.azure.base-url=https://azure.invalid/v1", "openai.clients.azure.api-key=sk-azure",
		"openai.clients.local.base-url=https://local.invalid/v1", "openai.clients.local.api-key=sk-local" })
@AutoConfigureMockOpenAI(clients = "local")
class AutoConfigureMockOpenAIClientSelectionTests {

	@Autowired
	private MockOpenAI mock;

	@Autowired
	private OpenAIConfig topLevelConfig;

	@Autowired
	private OpenAIConnectionDetails connectionDetails;

	@Autowired
	private OpenAIClients clients;

	@Test
	void onlyTheSelectedNamedClientCallsTheMock() {
		this.mock.chat().replyWith("Local answer");

		String content = this.clients.get("local")
			.chatCompletions()
			.create(ChatCompletionRequest.builder().model("gpt-4o-mini").addUserMessage("Hi").build())
			.content();

		assertThat(content).isEqualTo("Local answer");
		assertThat(this.mock.chat().lastRecordedRequest().header("authorization"))
			.isEqualTo("Bearer " + MockOpenAI.API_KEY);
		assertThat(this.clients.get("azure").config().baseUrl()).isEqualTo("https://azure.invalid/v1");
	}

	@Test
	void theTopLevelClientKeepsItsPropertiesWhenNotSelected() {
		assertThat(this.topLevelConfig.baseUrl()).isEqualTo("https://openai.invalid/v1");
		assertThat(this.connectionDetails.getApiKey()).isEqualTo("sk-top-level");
	}

	@SpringBootApplication
	static class TestApplication {

	}

}
