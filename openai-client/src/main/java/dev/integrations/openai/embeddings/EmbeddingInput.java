package dev.integrations.openai.embeddings;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.errors.OpenAIValidationException;

/**
 * The {@code input} of an embedding request: one text, several texts, one token array or several token arrays.
 * Each shape is written as the JSON the API expects (a string, an array of strings, an array of integers, an array
 * of integer arrays). Inputs are checked when created: no empty text, between 1 and 2048 entries, no empty token
 * array.
 */
public sealed interface EmbeddingInput
		permits EmbeddingInput.Text, EmbeddingInput.Texts, EmbeddingInput.Tokens, EmbeddingInput.TokenArrays {

	/** The most entries an input array may have. */
	int MAX_ENTRIES = 2048;

	/**
	 * One text.
	 * @param text the text, not empty
	 * @return the input
	 */
	static EmbeddingInput of(String text) {
		return new Text(text);
	}

	/**
	 * Several texts, embedded in one call; the response has one embedding per text, in order.
	 * @param texts the texts, 1 to 2048, none empty
	 * @return the input
	 */
	static EmbeddingInput of(List<String> texts) {
		return new Texts(texts);
	}

	/**
	 * Several texts, embedded in one call.
	 * @param texts the texts, 1 to 2048, none empty
	 * @return the input
	 */
	static EmbeddingInput of(String... texts) {
		return new Texts(Arrays.asList(texts));
	}

	/**
	 * One text, already tokenized.
	 * @param tokens the token IDs, 1 to 2048
	 * @return the input
	 */
	static EmbeddingInput ofTokens(int... tokens) {
		return new Tokens(Arrays.stream(tokens).boxed().toList());
	}

	/**
	 * Several texts, already tokenized.
	 * @param tokenArrays the token arrays, 1 to 2048, none empty
	 * @return the input
	 */
	static EmbeddingInput ofTokenArrays(List<List<Integer>> tokenArrays) {
		return new TokenArrays(tokenArrays);
	}

	/** @return how many embeddings the input asks for */
	int count();

	/**
	 * One text, written as a JSON string.
	 *
	 * @param text the text
	 */
	record Text(@JsonValue String text) implements EmbeddingInput {

		/**
		 * Checks the text.
		 */
		public Text {
			checkText(text);
		}

		@Override
		public int count() {
			return 1;
		}

	}

	/**
	 * Several texts, written as a JSON array of strings.
	 *
	 * @param texts the texts
	 */
	record Texts(@JsonValue List<String> texts) implements EmbeddingInput {

		/**
		 * Checks and copies the texts.
		 */
		public Texts {
			checkSize(texts);
			texts.forEach(EmbeddingInput::checkText);
			texts = List.copyOf(texts);
		}

		@Override
		public int count() {
			return this.texts.size();
		}

	}

	/**
	 * One token array, written as a JSON array of integers.
	 *
	 * @param tokens the token IDs
	 */
	record Tokens(@JsonValue List<Integer> tokens) implements EmbeddingInput {

		/**
		 * Checks and copies the tokens.
		 */
		public Tokens {
			checkSize(tokens);
			tokens = List.copyOf(tokens);
		}

		@Override
		public int count() {
			return 1;
		}

	}

	/**
	 * Several token arrays, written as a JSON array of integer arrays.
	 *
	 * @param tokenArrays the token arrays
	 */
	record TokenArrays(@JsonValue List<List<Integer>> tokenArrays) implements EmbeddingInput {

		/**
		 * Checks and copies the token arrays.
		 */
		public TokenArrays {
			checkSize(tokenArrays);
			tokenArrays = tokenArrays.stream().map((tokens) -> {
				if (tokens == null || tokens.isEmpty()) {
					throw new OpenAIValidationException("input", "input token arrays must not be empty");
				}
				return List.copyOf(tokens);
			}).toList();
		}

		@Override
		public int count() {
			return this.tokenArrays.size();
		}

	}

	private static void checkText(String text) {
		if (text == null || text.isEmpty()) {
			throw new OpenAIValidationException("input", "input must not contain an empty string");
		}
	}

	private static void checkSize(List<?> entries) {
		if (entries == null || entries.isEmpty()) {
			throw new OpenAIValidationException("input", "input must not be empty");
		}
		if (entries.size() > MAX_ENTRIES) {
			throw new OpenAIValidationException("input",
					"input must have at most " + MAX_ENTRIES + " entries, had " + entries.size());
		}
	}

}
