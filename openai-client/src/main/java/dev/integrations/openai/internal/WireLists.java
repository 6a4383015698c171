package dev.integrations.openai.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Copies of lists read from a response: a missing list ({@code null}) becomes an empty list and {@code null}
 * elements ({@code [null]}) are dropped, so accessors never return {@code null} collections and iterating them
 * never meets a {@code null}.
 */
public final class WireLists {

	private WireLists() {
	}

	/**
	 * An immutable copy without {@code null} elements.
	 * @param <T> the element type
	 * @param list the list as read, or {@code null}
	 * @return the copy, empty when {@code list} is {@code null}
	 */
	public static <T> List<T> copyOf(@Nullable List<? extends @Nullable T> list) {
		if (list == null || list.isEmpty()) {
			return List.of();
		}
		List<T> copy = new ArrayList<>(list.size());
		for (T element : list) {
			if (element != null) {
				copy.add(element);
			}
		}
		return List.copyOf(copy);
	}

	/**
	 * Like {@link #copyOf(List)}, but keeps a missing list missing.
	 * @param <T> the element type
	 * @param list the list as read, or {@code null}
	 * @return the copy, or {@code null} when {@code list} is {@code null}
	 */
	public static <T> @Nullable List<T> copyOfNullable(@Nullable List<? extends @Nullable T> list) {
		return (list != null) ? copyOf(list) : null;
	}

}
