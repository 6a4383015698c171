package dev.integrations.openai.assistants;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The output format of an assistant or run: {@code "auto"}, {@code {"type": "text"}},
 * {@code {"type": "json_object"}} or {@code {"type": "json_schema", "json_schema": {...}}}.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonDeserialize(using = ResponseFormatReader.class)
public sealed interface ResponseFormat {

	/**
	 * Checks the request rules; the client calls this before sending the value. Reading it from a response checks
	 * nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

	/** @return {@code "auto"}, the default */
	static ResponseFormat auto() {
		return new Auto();
	}

	/** @return plain text */
	static ResponseFormat text() {
		return new Text();
	}

	/** @return JSON mode (the instructions must also ask for JSON) */
	static ResponseFormat jsonObject() {
		return new JsonObject();
	}

	/**
	 * Structured Outputs with a JSON Schema.
	 * @param name the name of the format: a-z, A-Z, 0-9, underscores and dashes, at most 64 characters
	 * @param schema the JSON Schema
	 * @param strict whether the model must follow the schema exactly
	 * @return the format
	 */
	static ResponseFormat jsonSchema(String name, Map<String, Object> schema, boolean strict) {
		ResponseFormat format = new JsonSchema(new JsonSchema.Definition(name, null, schema, strict));
		format.validate();
		return format;
	}

	/**
	 * {@code "auto"}.
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Auto() implements ResponseFormat {

		/** @return {@code auto}, the wire form */
		@JsonValue
		public String value() {
			return "auto";
		}

	}

	/**
	 * {@code {"type": "text"}}.
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Text() implements ResponseFormat {

		/** @return {@code text} */
		@JsonProperty("type")
		public String type() {
			return "text";
		}

	}

	/**
	 * {@code {"type": "json_object"}}.
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record JsonObject() implements ResponseFormat {

		/** @return {@code json_object} */
		@JsonProperty("type")
		public String type() {
			return "json_object";
		}

	}

	/**
	 * {@code {"type": "json_schema", "json_schema": {...}}}.
	 *
	 * @param jsonSchema the schema and its name
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record JsonSchema(Definition jsonSchema) implements ResponseFormat {

		@Override
		public void validate() {
			Validation.required("response_format.json_schema", this.jsonSchema).validate();
		}

		/** @return {@code json_schema} */
		@JsonProperty("type")
		public String type() {
			return "json_schema";
		}

		/**
		 * The schema of a {@code json_schema} format.
		 *
		 * @param name the format name
		 * @param description what the format is for
		 * @param schema the JSON Schema
		 * @param strict whether the model must follow the schema exactly
		 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
		 */
		@Deprecated
		public record Definition(String name, @Nullable String description, @Nullable Map<String, Object> schema,
				@Nullable Boolean strict) {

			/**
			 * Checks the request rule of the name; the client calls this before sending it.
			 * @throws dev.integrations.openai.errors.OpenAIValidationException naming
			 * {@code response_format.json_schema.name}
			 */
			public void validate() {
				Validation.notBlank("response_format.json_schema.name", this.name);
			}

		}

	}

}
