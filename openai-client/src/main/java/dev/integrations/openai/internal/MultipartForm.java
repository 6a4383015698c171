package dev.integrations.openai.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.integrations.openai.common.FileContent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The multipart form of an upload (files, upload parts, audio, images): streamed file parts and text fields. A
 * field's text is its wire value: enums by their {@code @JsonProperty} names, numbers in plain notation (never
 * {@code 1.0E-4}), lists and maps as JSON text; {@code null} fields are left out.
 */
public final class MultipartForm {

	private final MultipartBodyBuilder builder = new MultipartBodyBuilder();

	private final JsonMapper mapper;

	/**
	 * Creates an empty form.
	 * @param mapper the client's mapper, which writes enums, lists and maps as their wire text
	 */
	public MultipartForm(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Adds a file part, streamed when the request is written.
	 * @param name the part name, such as {@code file}
	 * @param file the file, or {@code null} to add nothing
	 * @return this form
	 */
	public MultipartForm file(String name, @Nullable FileContent file) {
		if (file != null) {
			file.addTo(this.builder, name);
		}
		return this;
	}

	/**
	 * Adds a text field.
	 * @param name the field name
	 * @param value the value, or {@code null} to add nothing
	 * @return this form
	 */
	public MultipartForm field(String name, @Nullable Object value) {
		if (value != null) {
			this.builder.part(name, text(value));
		}
		return this;
	}

	/**
	 * Adds text fields in order, such as the {@code name[key]} fields of an object.
	 * @param fields the names and values; {@code null} values are left out
	 * @return this form
	 */
	public MultipartForm fields(Map<String, ?> fields) {
		fields.forEach(this::field);
		return this;
	}

	/**
	 * Adds an array as repeated {@code name[]} fields.
	 * @param <T> the element type
	 * @param name the field name, without {@code []}
	 * @param values the values, or {@code null} to add nothing
	 * @param wireValue the wire value of an element
	 * @return this form
	 */
	public <T> MultipartForm list(String name, @Nullable List<T> values, Function<T, String> wireValue) {
		if (values != null) {
			for (T value : values) {
				this.builder.part(name + "[]", wireValue.apply(value));
			}
		}
		return this;
	}

	/**
	 * The parts, for {@code ApiRequest.Builder#multipartBody}.
	 * @return the parts
	 */
	public MultiValueMap<String, HttpEntity<?>> build() {
		return this.builder.build();
	}

	private String text(Object value) {
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			return this.mapper.writeValueAsString(value);
		}
		return this.mapper.convertValue(value, String.class);
	}

}
