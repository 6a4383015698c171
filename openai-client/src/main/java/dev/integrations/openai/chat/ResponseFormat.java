package dev.integrations.openai.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.schema.JsonSchemas;
import org.jspecify.annotations.Nullable;

/**
 * The format the model must output ({@code response_format}), written with its {@code type}: text, JSON mode, or
 * Structured Outputs with a JSON Schema.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ResponseFormat.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ResponseFormat.Text.class), @JsonSubTypes.Type(ResponseFormat.JsonObject.class),
		@JsonSubTypes.Type(ResponseFormat.JsonSchema.class) })
public sealed interface ResponseFormat {

	/**
	 * Plain text, the default.
	 * @return the format
	 */
	static ResponseFormat text() {
		return new Text();
	}

	/**
	 * JSON mode: valid JSON, without a schema. The messages must ask for JSON.
	 * @return the format
	 */
	static ResponseFormat jsonObject() {
		return new JsonObject();
	}

	/**
	 * Structured Outputs: JSON following a schema, strictly.
	 * @param name the format name: a-z, A-Z, 0-9, underscores and dashes, at most 64 characters
	 * @param schema the JSON Schema
	 * @return the format
	 */
	static ResponseFormat jsonSchema(String name, Map<String, Object> schema) {
		return new JsonSchema(new JsonSchemaSpec(name, null, schema, true));
	}

	/**
	 * Structured Outputs from a Java type: the strict JSON Schema {@link JsonSchemas#of(Class)} generates, named
	 * after the type. Read the reply with {@link ChatCompletion#contentAs(Class)}.
	 * @param type the type of the output, such as a record
	 * @return the format
	 */
	static ResponseFormat jsonSchema(Class<?> type) {
		return jsonSchema(JsonSchemas.nameOf(type), JsonSchemas.of(type));
	}

	/**
	 * Text ({@code type: text}).
	 */
	@JsonTypeName("text")
	record Text() implements ResponseFormat {

	}

	/**
	 * JSON mode ({@code type: json_object}).
	 */
	@JsonTypeName("json_object")
	record JsonObject() implements ResponseFormat {

	}

	/**
	 * Structured Outputs ({@code type: json_schema}).
	 *
	 * @param jsonSchema the schema and its options
	 */
	@JsonTypeName("json_schema")
	record JsonSchema(JsonSchemaSpec jsonSchema) implements ResponseFormat {

		/**
		 * Checks the schema.
		 */
		public JsonSchema {
			Validation.required("response_format.json_schema", jsonSchema);
		}

	}

	/**
	 * A JSON Schema and its options.
	 *
	 * @param name the format name
	 * @param description what the format is for
	 * @param schema the JSON Schema object
	 * @param strict whether the output must follow the schema exactly
	 */
	record JsonSchemaSpec(String name, @Nullable String description, @Nullable Map<String, Object> schema,
			@Nullable Boolean strict) {

		/**
		 * Checks the name and copies the schema.
		 */
		public JsonSchemaSpec {
			Validation.notBlank("response_format.json_schema.name", name);
			schema = (schema != null) ? Map.copyOf(schema) : null;
		}

	}

	/**
	 * A format of a type this client does not know, such as one added to the API after it: read without failing and written
	 * back unchanged. Build one to send it.
	 *
	 * @param type the type
	 * @param fields the other fields, as read or to write
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ResponseFormat {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
