package dev.integrations.openai.responses;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The format of the model's text output ({@code text.format}): plain text, Structured Outputs following a JSON
 * schema, or the older JSON mode. A format type added to the API after this client is read as {@link Unknown},
 * which keeps every field and writes it back unchanged.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = TextFormat.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(TextFormat.Text.class), @JsonSubTypes.Type(TextFormat.JsonObject.class),
		@JsonSubTypes.Type(TextFormat.JsonSchema.class) })
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
	@JsonTypeName("text")
	record Text() implements TextFormat {

		@Override
		public String type() {
			return "text";
		}

	}

	/**
	 * JSON mode.
	 */
	@JsonTypeName("json_object")
	record JsonObject() implements TextFormat {

		@Override
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
	@JsonTypeName("json_schema")
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
	 * A format of a type this client does not know, such as one added to the API after it: read without failing and
	 * written back unchanged.
	 *
	 * @param type the format type
	 * @param fields the other fields of the format, as read or to write
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements TextFormat {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
