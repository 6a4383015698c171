package dev.integrations.openai.responses;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A filter on the attributes of vector store files: a comparison of one attribute with a value, or an
 * {@code and}/{@code or} of filters.
 *
 * <pre>{@code
 * FileSearchFilter.and(FileSearchFilter.eq("region", "emea"), FileSearchFilter.compare("gte", "year", 2024))
 * }</pre>
 */
@JsonDeserialize(using = WireUnions.Filters.class)
public sealed interface FileSearchFilter {

	/**
	 * An equality comparison.
	 * @param key the attribute
	 * @param value the value: a string, number, boolean
	 * @return the filter
	 */
	static Comparison eq(String key, Object value) {
		return new Comparison("eq", key, value);
	}

	/**
	 * A comparison.
	 * @param operator {@code eq}, {@code ne}, {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code in} or
	 * {@code nin}
	 * @param key the attribute
	 * @param value the value: a string, number, boolean, or a list of strings and numbers for {@code in}/{@code nin}
	 * @return the filter
	 */
	static Comparison compare(String operator, String key, Object value) {
		return new Comparison(operator, key, value);
	}

	/**
	 * All filters must match.
	 * @param filters the filters
	 * @return the filter
	 */
	static Compound and(FileSearchFilter... filters) {
		return new Compound("and", Arrays.asList(filters));
	}

	/**
	 * Any filter must match.
	 * @param filters the filters
	 * @return the filter
	 */
	static Compound or(FileSearchFilter... filters) {
		return new Compound("or", Arrays.asList(filters));
	}

	/**
	 * A comparison of an attribute with a value.
	 *
	 * @param type the operator: {@code eq}, {@code ne}, {@code gt}, {@code gte}, {@code lt}, {@code lte},
	 * {@code in} or {@code nin}
	 * @param key the attribute
	 * @param value the value
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Comparison(@JsonProperty("type") String type, String key, Object value) implements FileSearchFilter {

	}

	/**
	 * A combination of filters.
	 *
	 * @param type {@code and} or {@code or}
	 * @param filters the filters
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Compound(@JsonProperty("type") String type, List<FileSearchFilter> filters) implements FileSearchFilter {

		/**
		 * Copies the filters.
		 */
		public Compound {
			filters = List.copyOf(filters);
		}

	}

}
