package dev.integrations.openai.samples.chat.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRepliesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void tokensAreWordsWithTheirLeadingSpaceAndConcatenateBackToTheText() {
		String text = "Hello! The client's retries (429, 5xx) back off.";

		List<String> tokens = DemoReplies.tokens(text);

		assertThat(tokens).startsWith("Hello", "!", " The", " client's", " retries", " (", "429", ",");
		assertThat(String.join("", tokens)).isEqualTo(text);
	}

	@Test
	void replyFollowsTheTopicOfTheLatestUserMessage() {
		assertThat(DemoReplies.reply(List.of("hello", "How do retries work?")))
			.startsWith("Every call goes through the client's resilience orchestrator");
		assertThat(DemoReplies.reply(List.of("Which metrics are there?"))).startsWith("The starter records");
	}

	@Test
	void userMessagesReadsStringAndPartContentAndSkipsOtherRoles() {
		JsonNode messages = JSON.readTree("""
				[{"role": "system", "content": "Be brief."},
				 {"role": "user", "content": "What is streaming?"},
				 {"role": "assistant", "content": "Chunks."},
				 {"role": "user", "content": [{"type": "text", "text": "And retries?"},
				                              {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}]
				""");

		assertThat(DemoReplies.userMessages(messages)).containsExactly("What is streaming?", "And retries?");
		assertThat(DemoReplies.promptTokens(messages)).isEqualTo(4 * 4 + 3 + 4 + 2 + 3);
	}

}
