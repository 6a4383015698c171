package dev.integrations.openai.finetuning;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A hyperparameter that is either {@code "auto"} (the API picks a value from the dataset) or a number, written
 * as the string or the bare number.
 */
public final class HyperparameterValue {

	private static final String AUTO_VALUE = "auto";

	private static final HyperparameterValue AUTO = new HyperparameterValue(null);

	private final @Nullable Number number;

	private HyperparameterValue(@Nullable Number number) {
		this.number = number;
	}

	/** @return {@code "auto"}: let the API choose */
	public static HyperparameterValue auto() {
		return AUTO;
	}

	/**
	 * A whole number, such as {@code n_epochs} or {@code batch_size}.
	 * @param value the value
	 * @return the hyperparameter
	 */
	public static HyperparameterValue of(long value) {
		return new HyperparameterValue(value);
	}

	/**
	 * A decimal number, such as {@code learning_rate_multiplier} or {@code beta}.
	 * @param value the value
	 * @return the hyperparameter
	 */
	public static HyperparameterValue of(double value) {
		return new HyperparameterValue(value);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static HyperparameterValue fromJson(JsonNode json) {
		if (json.isIntegralNumber()) {
			return new HyperparameterValue(json.longValue());
		}
		if (json.isNumber()) {
			return new HyperparameterValue(json.doubleValue());
		}
		if (json.isString() && AUTO_VALUE.equals(json.asString())) {
			return AUTO;
		}
		throw new IllegalArgumentException("Expected \"auto\" or a number, got " + json);
	}

	@JsonValue
	Object toJson() {
		return (this.number != null) ? this.number : AUTO_VALUE;
	}

	/** @return whether the value is {@code "auto"} */
	public boolean isAuto() {
		return this.number == null;
	}

	/** @return the number ({@code Long} when whole, {@code Double} otherwise), or {@code null} when {@code "auto"} */
	public @Nullable Number number() {
		return this.number;
	}

	/**
	 * Checks a number against a range; {@code "auto"} always passes.
	 * @param field the wire name, for the message
	 * @param min the minimum
	 * @param minInclusive whether the minimum itself is allowed
	 * @param max the inclusive maximum
	 */
	void check(String field, double min, boolean minInclusive, double max) {
		if (this.number == null) {
			return;
		}
		double value = this.number.doubleValue();
		boolean aboveMin = minInclusive ? value >= min : value > min;
		if (!aboveMin || !(value <= max)) {
			String lower = (minInclusive ? "at least " : "greater than ") + format(min);
			String upper = (max == Double.MAX_VALUE) ? "" : " and at most " + format(max);
			throw new OpenAIValidationException(field,
					field + " must be \"auto\" or " + lower + upper + ", was " + this.number);
		}
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof HyperparameterValue that) && Objects.equals(toJson(), that.toJson());
	}

	@Override
	public int hashCode() {
		return toJson().hashCode();
	}

	@Override
	public String toString() {
		return toJson().toString();
	}

}
