package dev.integrations.openai.common;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by responses (and stream chunks) produced by a model, so that hooks can report which model
 * answered and how many tokens it used without knowing each API's types.
 */
public interface ModelResponse {

	/** @return the model that produced the response, if the response says */
	@Nullable String model();

	/** @return the token usage, if the response (or this chunk) carries it */
	@Nullable TokenUsage tokenUsage();

}
