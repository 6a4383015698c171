package dev.integrations.openai.vectorstores;

import java.util.List;

import dev.integrations.openai.internal.Validation;

/**
 * A filter on file attributes for vector store search: a comparison of one attribute with a value, or an
 * {@code and}/{@code or} of filters.
 *
 * <pre>{@code
 * AttributeFilter.and(AttributeFilter.eq("region", "us"), AttributeFilter.compare(Operator.GTE, "year", 2023))
 * }</pre>
 */
public sealed interface AttributeFilter {

	/**
	 * {@code key == value}.
	 * @param key the attribute
	 * @param value a string, number or boolean
	 * @return the filter
	 */
	static AttributeFilter eq(String key, Object value) {
		return new Comparison(Comparison.Operator.EQ, key, value);
	}

	/**
	 * Compares an attribute with a value.
	 * @param operator the comparison
	 * @param key the attribute
	 * @param value a string, number or boolean; a list of strings or numbers with {@code in} and {@code nin}
	 * @return the filter
	 */
	static AttributeFilter compare(Comparison.Operator operator, String key, Object value) {
		return new Comparison(operator, key, value);
	}

	/**
	 * All filters must match.
	 * @param filters the filters
	 * @return the filter
	 */
	static AttributeFilter and(AttributeFilter... filters) {
		return new Compound(Compound.Operator.AND, List.of(filters));
	}

	/**
	 * Any filter must match.
	 * @param filters the filters
	 * @return the filter
	 */
	static AttributeFilter or(AttributeFilter... filters) {
		return new Compound(Compound.Operator.OR, List.of(filters));
	}

	/**
	 * Compares the attribute {@code key} with {@code value}.
	 *
	 * @param type the comparison operator
	 * @param key the attribute
	 * @param value a string, number or boolean, or a list of strings or numbers
	 */
	record Comparison(Operator type, String key, Object value) implements AttributeFilter {

		/**
		 * Validates the comparison.
		 */
		public Comparison {
			Validation.required("filters.type", type);
			Validation.notBlank("filters.key", key);
			Validation.required("filters.value", value);
			if (value instanceof List<?> list) {
				value = List.copyOf(list);
			}
		}

		/**
		 * The comparison operators.
		 */
		public enum Operator {

			/** Equals. */
			EQ,

			/** Not equal. */
			NE,

			/** Greater than. */
			GT,

			/** Greater than or equal. */
			GTE,

			/** Less than. */
			LT,

			/** Less than or equal. */
			LTE,

			/** In a list. */
			IN,

			/** Not in a list. */
			NIN

		}

	}

	/**
	 * Combines filters with {@code and} or {@code or}.
	 *
	 * @param type the logical operator
	 * @param filters the filters, comparisons or compounds
	 */
	record Compound(Operator type, List<AttributeFilter> filters) implements AttributeFilter {

		/**
		 * Validates the compound.
		 */
		public Compound {
			Validation.required("filters.type", type);
			filters = List.copyOf(Validation.notEmpty("filters.filters", filters));
		}

		/**
		 * The logical operators.
		 */
		public enum Operator {

			/** All filters must match. */
			AND,

			/** Any filter must match. */
			OR

		}

	}

}
