package dev.integrations.openai.completions;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;

/**
 * The {@code prompt} of a completion request: one text, several texts (one completion each), one token array, or
 * several token arrays. Each shape is written as the JSON the API expects.
 */
public sealed interface CompletionPrompt
		permits CompletionPrompt.Text, CompletionPrompt.Texts, CompletionPrompt.Tokens, CompletionPrompt.TokenLists {

	/**
	 * One text.
	 * @param text the text
	 * @return the prompt
	 */
	static CompletionPrompt of(String text) {
		return new Text(text);
	}

	/**
	 * Several texts, each completed on its own ({@code choices} holds {@code n} per text, in order).
	 * @param texts the texts
	 * @return the prompt
	 */
	static CompletionPrompt of(List<String> texts) {
		return new Texts(texts);
	}

	/**
	 * One prompt as token IDs.
	 * @param tokens the token IDs, at least one
	 * @return the prompt
	 */
	static CompletionPrompt ofTokens(List<Integer> tokens) {
		return new Tokens(tokens);
	}

	/**
	 * Several prompts as token IDs.
	 * @param tokenLists the prompts, at least one, each at least one token ID
	 * @return the prompt
	 */
	static CompletionPrompt ofTokenLists(List<List<Integer>> tokenLists) {
		return new TokenLists(tokenLists);
	}

	/**
	 * One text, written as a JSON string.
	 *
	 * @param text the text, possibly empty
	 */
	record Text(@JsonValue String text) implements CompletionPrompt {

		/**
		 * Checks the text.
		 */
		public Text {
			Validation.required("prompt", text);
		}

	}

	/**
	 * Several texts, written as a JSON array of strings.
	 *
	 * @param texts the texts
	 */
	record Texts(@JsonValue List<String> texts) implements CompletionPrompt {

		/**
		 * Copies the texts.
		 */
		public Texts {
			texts = copy(Validation.required("prompt", texts));
		}

	}

	/**
	 * One token array, written as a JSON array of integers.
	 *
	 * @param tokens the token IDs
	 */
	record Tokens(@JsonValue List<Integer> tokens) implements CompletionPrompt {

		/**
		 * Checks and copies the tokens.
		 */
		public Tokens {
			tokens = copy(Validation.notEmpty("prompt", tokens));
		}

	}

	/**
	 * Several token arrays, written as a JSON array of integer arrays.
	 *
	 * @param tokenLists the token arrays
	 */
	record TokenLists(@JsonValue List<List<Integer>> tokenLists) implements CompletionPrompt {

		/**
		 * Checks and copies the token arrays.
		 */
		public TokenLists {
			tokenLists = copy(Validation.notEmpty("prompt", tokenLists)).stream()
				.map((tokens) -> copy(Validation.notEmpty("prompt", tokens)))
				.toList();
		}

	}

	/**
	 * An immutable copy of a prompt list, rejecting a {@code null} element by the wire field's name.
	 * @param <T> the element type
	 * @param list the list
	 * @return the copy
	 */
	private static <T> List<T> copy(List<T> list) {
		if (list.stream().anyMatch(Objects::isNull)) {
			throw new OpenAIValidationException("prompt", "prompt must not contain null elements");
		}
		return List.copyOf(list);
	}

}
