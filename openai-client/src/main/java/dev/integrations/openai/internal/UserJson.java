package dev.integrations.openai.internal;

import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.errors.OutputParseException;
import dev.integrations.openai.schema.JsonSchemas;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caller's own JSON: structured outputs and tool arguments, read and written with Jackson's defaults and the
 * type's own annotations, not with the wire mapper's snake_case. {@link JsonSchemas} generates schemas with the same
 * naming, so what the schema asks for is what this reads.
 */
public final class UserJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private UserJson() {
	}

	/** @return the shared mapper with Jackson's default settings */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Reads the model's JSON as a type.
	 * @param <T> the type
	 * @param json the JSON text, or {@code null} when the reply had none
	 * @param type the type
	 * @param toolName the tool whose arguments these are, or {@code null} for a structured output
	 * @param response the completion or response that carried the JSON, or {@code null}
	 * @return the value
	 * @throws OutputParseException naming the type (and tool) when the JSON is missing or does not fit
	 */
	public static <T> T read(@Nullable String json, Class<T> type, @Nullable String toolName,
			@Nullable ModelResponse response) {
		Validation.required("type", type);
		if (json == null || json.isBlank()) {
			throw new OutputParseException(type, toolName, "the reply has no JSON", response, null);
		}
		try {
			T value = MAPPER.readValue(json, type);
			if (value == null) {
				throw new OutputParseException(type, toolName, "the JSON is null", response, null);
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new OutputParseException(type, toolName, ex.getOriginalMessage(), response, ex);
		}
	}

}
