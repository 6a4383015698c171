package dev.integrations.openai.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.embeddings.EmbeddingRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TokenEstimatorTest {

	private final TokenEstimator estimator = TokenEstimator.of(256);

	@BeforeAll
	static void loadEncoding() {
		await().atMost(Duration.ofMinutes(2)).until(TokenEstimator::encodingLoaded);
	}

	@Test
	void chatCountsTheMessagesTextAndTheOutputTheRequestAllows() {
		ChatCompletionRequest request = ChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.addSystemMessage("You are terse.")
			.addUserMessage("Hello")
			.maxCompletionTokens(100)
			.build();

		// o200k_base: "You are terse." is 4 tokens, "Hello" 1; roles and the model name are not counted
		assertThat(this.estimator.estimate("chat.completions.create", request)).isEqualTo(4 + 1 + 100);
	}

	@Test
	void eachOutputAskedForCountsTheOutputLimitOnce() {
		ChatCompletionRequest choices = ChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.addUserMessage("Hello")
			.maxCompletionTokens(100)
			.n(3)
			.build();
		Map<String, Object> legacy = Map.of("model", "gpt-3.5-turbo-instruct", "prompt", List.of("Hello", "Hello"),
				"max_tokens", 16, "n", 2, "best_of", 4);

		assertThat(this.estimator.estimate("chat.completions.create", choices)).isEqualTo(1 + 3 * 100);
		// best_of candidates are generated for each of the two prompts, each up to max_tokens
		assertThat(this.estimator.estimate("completions.create", legacy)).isEqualTo(2 + 4 * 2 * 16);
		assertThat(this.estimator.estimate("completions.create", Map.of("prompt", List.of(9906, 1917))))
			.as("one prompt as token IDs").isEqualTo(2 + 256);
	}

	@Test
	void aGeneratingCallWithoutAMaximumCountsTheDefaultOutput() {
		ChatCompletionRequest request = ChatCompletionRequest.builder().model("gpt-4o-mini").addUserMessage("Hello").build();

		assertThat(this.estimator.estimate("chat.completions.create", request)).isEqualTo(1 + 256);
	}

	@Test
	void responsesCountInputItemsAndInstructions() {
		Map<String, Object> body = Map.of("model", "gpt-4.1", "instructions", "Hello",
				"input", List.of(Map.of("role", "user", "content", List.of(Map.of("type", "input_text", "text", "Hello"),
						Map.of("type", "input_image", "image_url", "https://example.com/a.png")))),
				"max_output_tokens", 50);

		assertThat(this.estimator.estimate("responses.create", body)).isEqualTo(1 + 1 + 50);
	}

	@Test
	void embeddingsCountTheirInputAndNoOutput() {
		EmbeddingRequest strings = EmbeddingRequest.builder().model("text-embedding-3-small").input(List.of("Hello", "Hello")).build();

		assertThat(this.estimator.estimate("embeddings.create", strings)).isEqualTo(2);
		assertThat(this.estimator.estimate("embeddings.create", Map.of("input", List.of(List.of(9906, 1917, 0)))))
			.isEqualTo(3);
	}

	@Test
	void aBodyThatIsNotJsonCountsOnlyTheDefaultOutputOfAGeneratingCall() {
		assertThat(this.estimator.estimate("images.edit", new byte[10])).isZero();
		assertThat(this.estimator.estimate("responses.create", null)).isEqualTo(256);
	}

}
