package dev.integrations.openai.vectorstores;

import java.util.Map;

import dev.integrations.openai.internal.Validation;

/**
 * The body of update vector store file attributes ({@code POST /vector_stores/{vector_store_id}/files/{file_id}}):
 * {@code {"attributes": {...}}}.
 *
 * @param attributes up to 16 attributes: string, number or boolean values
 */
record FileAttributesUpdate(Map<String, Object> attributes) {

	FileAttributesUpdate {
		Validation.required("attributes", attributes);
		VectorStoreValidation.attributes(attributes);
	}

}
