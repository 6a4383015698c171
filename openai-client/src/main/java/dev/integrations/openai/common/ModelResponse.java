package dev.integrations.openai.common;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by responses (and stream chunks) produced by a model, so that hooks can report which model
 * answered, how many tokens it used, the response's ID and why the model stopped, without knowing each API's types.
 */
public interface ModelResponse {

	/** @return the model that produced the response, if the response says */
	@Nullable String model();

	/** @return the token usage, if the response (or this chunk) carries it */
	@Nullable TokenUsage tokenUsage();

	/** @return the ID of the response (for a chunk, of the response it belongs to), if it has one */
	default @Nullable String responseId() {
		return null;
	}

	/**
	 * Why the model stopped, one wire value (such as {@code stop} or {@code tool_calls}) per choice that says so.
	 * @return the reasons, empty when the response (or this chunk) gives none
	 */
	default List<String> finishReasons() {
		return List.of();
	}

}
