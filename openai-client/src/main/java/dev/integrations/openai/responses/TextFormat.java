package dev.integrations.openai.responses;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The format of the model's text output ({@code text.format}): plain text, Structured Outputs following a JSON
 * schema, or the older JSON mode.
 */
@JsonDeserialize(using = WireUnions.TextFormats.class)
public sealed interface TextFormat {

	/** Plain text, the default. */
	TextFormat TEXT = new Text();

	/** JSON mode: valid JSON of no particular shape (prefer {@link #jsonSchema(String, Map, boolean)}). */
	TextFormat JSON_OBJECT = new JsonObject();

	/**
	 * Structured Outputs: the output follows a JSON schema.
	 * @param name the schema name: letters, digits, underscores and dashes, at most 64 characters
	 * @param schema the JSON schema
	 * @param strict whether to follow the schema exactly (then every property must be required and
	 * {@code additionalProperties} false)
	 * @return the format
	 */
	static JsonSchema jsonSchema(String name, Map<String, ?> schema, boolean strict) {
		JsonSchema format = new JsonSchema(name, schema, null, strict);
		format.validate();
		return format;
	}

	/**
	 * Structured Outputs with a schema given as a JSON tree.
	 * @param name the schema name: letters, digits, underscores and dashes, at most 64 characters
	 * @param schema the JSON schema, an object
	 * @param strict whether to follow the schema exactly
	 * @return the format
	 */
	static JsonSchema jsonSchema(String name, JsonNode schema, boolean strict) {
		if (!schema.isObject()) {
			throw new dev.integrations.openai.errors.OpenAIValidationException("text.format.schema",
					"text.format.schema must be a JSON object");
		}
		return jsonSchema(name, OpenAIJson.mapper().convertValue(schema, new TypeReference<Map<String, Object>>() {
		}), strict);
	}

	/** @return the format type: {@code text}, {@code json_schema} or {@code json_object} */
	String type();

	/**
	 * Checks the request rules of the format; the client calls this before sending it. Reading a format from a
	 * response checks nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

	/**
	 * Plain text.
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Text() implements TextFormat {

		@Override
		@JsonProperty("type")
		public String type() {
			return "text";
		}

	}

	/**
	 * JSON mode.
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record JsonObject() implements TextFormat {

		@Override
		@JsonProperty("type")
		public String type() {
			return "json_object";
		}

	}

	/**
	 * Structured Outputs.
	 *
	 * @param name the schema name: letters, digits, underscores and dashes, at most 64 characters
	 * @param schema the JSON schema
	 * @param description what the output is for, to guide the model
	 * @param strict whether to follow the schema exactly
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record JsonSchema(String name, Map<String, ?> schema, @Nullable String description,
			@Nullable Boolean strict) implements TextFormat {

		/**
		 * Checks the name and schema.
		 */
		@Override
		public void validate() {
			Validation.notBlank("text.format.name", this.name);
			if (this.name.length() > 64 || !this.name.matches("[a-zA-Z0-9_-]+")) {
				throw new dev.integrations.openai.errors.OpenAIValidationException("text.format.name",
						"text.format.name must be at most 64 letters, digits, underscores or dashes: " + this.name);
			}
			Validation.required("text.format.schema", this.schema);
		}

		@Override
		@JsonProperty("type")
		public String type() {
			return "json_schema";
		}

		/**
		 * Returns a copy with a description.
		 * @param description what the output is for
		 * @return the format
		 */
		public JsonSchema withDescription(String description) {
			return new JsonSchema(this.name, this.schema, description, this.strict);
		}

	}

	/**
	 * A format of a type this client does not model, kept as raw JSON.
	 *
	 * @param type the format type
	 * @param raw the whole format object
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Unknown(String type, @JsonValue JsonNode raw) implements TextFormat {

	}

}
