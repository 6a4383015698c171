package dev.integrations.openai.internal;

import java.util.Collection;
import java.util.Map;

import dev.integrations.openai.errors.OpenAIValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Checks applied at the service boundary, before any network call. Every message names the field by its wire
 * name.
 */
public final class Validation {

	private Validation() {
	}

	/**
	 * Requires a non-null value.
	 * @param <T> the value type
	 * @param field the wire name
	 * @param value the value
	 * @return the value
	 */
	public static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw new OpenAIValidationException(field, field + " is required");
		}
		return value;
	}

	/**
	 * Requires a non-blank string.
	 * @param field the wire name
	 * @param value the value
	 * @return the value
	 */
	public static String notBlank(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new OpenAIValidationException(field, field + " must not be blank");
		}
		return value;
	}

	/**
	 * Requires a non-empty collection.
	 * @param <C> the collection type
	 * @param field the wire name
	 * @param value the value
	 * @return the value
	 */
	public static <C extends Collection<?>> C notEmpty(String field, @Nullable C value) {
		if (value == null || value.isEmpty()) {
			throw new OpenAIValidationException(field, field + " must not be empty");
		}
		return value;
	}

	/**
	 * Checks an optional number against an inclusive range.
	 * @param field the wire name
	 * @param value the value, or {@code null} when not set
	 * @param min the inclusive minimum
	 * @param max the inclusive maximum
	 */
	public static void range(String field, @Nullable Number value, double min, double max) {
		if (value != null && !(value.doubleValue() >= min && value.doubleValue() <= max)) {
			throw new OpenAIValidationException(field,
					field + " must be between " + format(min) + " and " + format(max) + ", was " + value);
		}
	}

	/**
	 * Checks an optional collection's size.
	 * @param field the wire name
	 * @param value the value, or {@code null} when not set
	 * @param max the inclusive maximum size
	 */
	public static void maxSize(String field, @Nullable Collection<?> value, int max) {
		if (value != null && value.size() > max) {
			throw new OpenAIValidationException(field,
					field + " must have at most " + max + " entries, had " + value.size());
		}
	}

	/**
	 * Checks metadata: at most 16 pairs, keys up to 64 and values up to 512 characters.
	 * @param field the wire name
	 * @param metadata the metadata, or {@code null}
	 */
	public static void metadata(String field, @Nullable Map<String, String> metadata) {
		if (metadata == null) {
			return;
		}
		if (metadata.size() > 16) {
			throw new OpenAIValidationException(field, field + " must have at most 16 pairs, had " + metadata.size());
		}
		metadata.forEach((key, value) -> {
			if (key.length() > 64) {
				throw new OpenAIValidationException(field, field + " keys must be at most 64 characters: " + key);
			}
			if (value != null && value.length() > 512) {
				throw new OpenAIValidationException(field,
						field + " values must be at most 512 characters (key " + key + ")");
			}
		});
	}

	/**
	 * Checks {@code logit_bias}: each token's bias between -100 and 100.
	 * @param logitBias the biases by token ID, or {@code null}
	 */
	public static void logitBias(@Nullable Map<String, Integer> logitBias) {
		if (logitBias != null) {
			logitBias.forEach((token, bias) -> {
				if (bias == null || bias < -100 || bias > 100) {
					throw new OpenAIValidationException("logit_bias",
							"logit_bias values must be between -100 and 100, was " + bias + " for token " + token);
				}
			});
		}
	}

	/**
	 * Checks an optional string's length.
	 * @param field the wire name
	 * @param value the value, or {@code null} when not set
	 * @param max the inclusive maximum length, in characters
	 * @return the value
	 */
	public static @Nullable String maxLength(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw new OpenAIValidationException(field,
					field + " must be at most " + max + " characters, was " + value.length());
		}
		return value;
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
