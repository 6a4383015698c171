package dev.integrations.openai.chat;

import java.util.Map;

import dev.integrations.openai.internal.Validation;

/**
 * The body of update chat completion ({@code POST /chat/completions/{completion_id}}): {@code {"metadata": {...}}}.
 *
 * @param metadata up to 16 key-value pairs
 */
record ChatCompletionUpdate(Map<String, String> metadata) {

	ChatCompletionUpdate {
		Validation.required("metadata", metadata);
		Validation.metadata("metadata", metadata);
	}

}
