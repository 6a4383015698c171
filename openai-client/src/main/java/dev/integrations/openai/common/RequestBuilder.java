package dev.integrations.openai.common;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The base of every request builder: body properties this client has no field for yet, such as a parameter OpenAI
 * added last week or one an OpenAI-compatible server understands ({@code top_k}, {@code chat_template_kwargs}).
 * They are written into the JSON body next to the request's own fields, or added as text fields to a multipart
 * form. Set a field the request has through its own builder method, never as an extra property.
 *
 * @param <B> the builder type
 */
public abstract class RequestBuilder<B extends RequestBuilder<B>> {

	private final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

	/**
	 * Creates a builder with no extra properties.
	 */
	protected RequestBuilder() {
	}

	/**
	 * Adds a body property, or replaces the one with the same name.
	 * @param name the wire name, such as {@code top_k}
	 * @param value any value the JSON mapper can write (a string, number, boolean, list, map or record), or
	 * {@code null} to remove the property
	 * @return this builder
	 */
	public B putExtra(String name, @Nullable Object value) {
		Validation.notBlank("extra property name", name);
		this.extra.put(name, value);
		return self();
	}

	/**
	 * Replaces every extra body property.
	 * @param extra the properties by wire name; {@code null} values are left out
	 * @return this builder
	 */
	public B extra(Map<String, ? extends @Nullable Object> extra) {
		this.extra.clear();
		extra.forEach(this::putExtra);
		return self();
	}

	/**
	 * The extra properties, for the request being built.
	 * @return an unmodifiable copy
	 */
	protected final Map<String, Object> buildExtra() {
		return Extras.copy(this.extra);
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

}
