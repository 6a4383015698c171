package dev.integrations.openai.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * HTTP headers as the client reports them (on errors and raw responses): immutable, names matched without regard
 * to case, values in the order received. The client's own type, so the plain-Java API exposes no Spring types.
 */
public final class Headers {

	/** No headers. */
	public static final Headers EMPTY = new Headers(Map.of());

	/** Lower-case name to the name as first received and its values. */
	private final Map<String, Map.Entry<String, List<String>>> byLowerName;

	private Headers(Map<String, Map.Entry<String, List<String>>> byLowerName) {
		this.byLowerName = byLowerName;
	}

	/**
	 * Copies headers; values of names that differ only in case are joined.
	 * @param headers the names and their values
	 * @return the immutable headers
	 */
	public static Headers of(Map<String, ? extends List<String>> headers) {
		if (headers.isEmpty()) {
			return EMPTY;
		}
		Map<String, Map.Entry<String, List<String>>> copy = new LinkedHashMap<>();
		headers.forEach((name, values) -> copy
			.computeIfAbsent(name.toLowerCase(Locale.ROOT), (key) -> Map.entry(name, new ArrayList<>()))
			.getValue()
			.addAll(values));
		copy.replaceAll((key, entry) -> Map.entry(entry.getKey(), List.copyOf(entry.getValue())));
		return new Headers(Collections.unmodifiableMap(copy));
	}

	/**
	 * The first value of a header.
	 * @param name the header name, in any case
	 * @return the first value, or {@code null} when the header is absent
	 */
	public @Nullable String first(String name) {
		List<String> values = all(name);
		return values.isEmpty() ? null : values.get(0);
	}

	/**
	 * All values of a header.
	 * @param name the header name, in any case
	 * @return the values, empty when the header is absent
	 */
	public List<String> all(String name) {
		Map.Entry<String, List<String>> entry = this.byLowerName.get(name.toLowerCase(Locale.ROOT));
		return (entry != null) ? entry.getValue() : List.of();
	}

	/** @return the header names, as first received */
	public Set<String> names() {
		Set<String> names = new java.util.LinkedHashSet<>();
		this.byLowerName.values().forEach((entry) -> names.add(entry.getKey()));
		return Collections.unmodifiableSet(names);
	}

	/** @return the headers as an immutable map from the names as received to their values */
	public Map<String, List<String>> asMap() {
		Map<String, List<String>> map = new LinkedHashMap<>();
		this.byLowerName.values().forEach((entry) -> map.put(entry.getKey(), entry.getValue()));
		return Collections.unmodifiableMap(map);
	}

	/** @return whether there are no headers */
	public boolean isEmpty() {
		return this.byLowerName.isEmpty();
	}

	/** @return the rate-limit headers ({@code x-ratelimit-*}) among these */
	public RateLimitHeaders rateLimit() {
		return RateLimitHeaders.from(this);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Headers headers) && asMap().equals(headers.asMap());
	}

	@Override
	public int hashCode() {
		return asMap().hashCode();
	}

	/** Names only: header values may hold secrets (cookies, keys echoed by a proxy). */
	@Override
	public String toString() {
		return "Headers" + names();
	}

}
