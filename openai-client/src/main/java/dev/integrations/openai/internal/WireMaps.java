package dev.integrations.openai.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Copies of objects read from a response as maps ({@code metadata}, {@code attributes}, per-category flags): a
 * missing map ({@code null}) becomes an empty one and {@code null} values are dropped, so accessors never return
 * {@code null} and the map's order is the wire's.
 */
public final class WireMaps {

	private WireMaps() {
	}

	/**
	 * An unmodifiable copy without {@code null} values, in the order read.
	 * @param <V> the value type
	 * @param map the map as read, or {@code null}
	 * @return the copy, empty when {@code map} is {@code null}
	 */
	public static <V> Map<String, V> copyOf(@Nullable Map<String, ? extends @Nullable V> map) {
		if (map == null || map.isEmpty()) {
			return Map.of();
		}
		Map<String, V> copy = new LinkedHashMap<>();
		map.forEach((name, value) -> {
			if (value != null) {
				copy.put(name, value);
			}
		});
		return Collections.unmodifiableMap(copy);
	}

}
