package dev.integrations.openai.vectorstores;

import java.util.Map;

import dev.integrations.openai.errors.OpenAIValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Checks of the vector store file {@code attributes}: at most 16 pairs, keys up to 64 characters, values strings
 * up to 512 characters, numbers or booleans.
 */
final class VectorStoreValidation {

	private VectorStoreValidation() {
	}

	static void attributes(@Nullable Map<String, Object> attributes) {
		if (attributes == null) {
			return;
		}
		if (attributes.size() > 16) {
			throw new OpenAIValidationException("attributes",
					"attributes must have at most 16 pairs, had " + attributes.size());
		}
		attributes.forEach((key, value) -> {
			if (key.length() > 64) {
				throw new OpenAIValidationException("attributes",
						"attributes keys must be at most 64 characters: " + key);
			}
			if (value instanceof String text) {
				if (text.length() > 512) {
					throw new OpenAIValidationException("attributes",
							"attributes values must be at most 512 characters (key " + key + ")");
				}
			}
			else if (!(value instanceof Number) && !(value instanceof Boolean)) {
				throw new OpenAIValidationException("attributes",
						"attributes values must be strings, numbers or booleans (key " + key + ")");
			}
		});
	}

}
