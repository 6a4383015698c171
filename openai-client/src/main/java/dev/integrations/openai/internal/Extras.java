package dev.integrations.openai.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The one helper behind the {@code extra} component of the wire records: the properties this client has no field
 * for, read from a response ({@code @JsonAnySetter}) or written into a request body ({@code @JsonAnyGetter}).
 */
public final class Extras {

	private Extras() {
	}

	/**
	 * An unmodifiable copy that keeps the order of the properties and leaves out {@code null} values (the wire
	 * format omits nulls).
	 * @param extra the properties, or {@code null} for none
	 * @return the copy, empty when there are none
	 */
	public static Map<String, Object> copy(@Nullable Map<String, ? extends @Nullable Object> extra) {
		return WireMaps.copyOf(extra);
	}

}
