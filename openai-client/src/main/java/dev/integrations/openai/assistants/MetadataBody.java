package dev.integrations.openai.assistants;

import java.util.Map;

import dev.integrations.openai.internal.Validation;

/**
 * The body of modify message and modify run: {@code {"metadata": {...}}}.
 *
 * @param metadata up to 16 key-value pairs
 */
@Deprecated
record MetadataBody(Map<String, String> metadata) {

	MetadataBody {
		Validation.required("metadata", metadata);
		Validation.metadata("metadata", metadata);
	}

}
