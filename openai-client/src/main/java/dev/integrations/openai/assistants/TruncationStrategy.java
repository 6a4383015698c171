package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * How a thread is truncated before a run: {@code auto} drops messages from the middle, {@code last_messages}
 * keeps the most recent ones.
 *
 * @param type the strategy
 * @param lastMessages how many recent messages to keep, with {@code last_messages}
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record TruncationStrategy(Type type, @Nullable Integer lastMessages) {

	/**
	 * Checks the request rules of the strategy; the client calls this before sending it. Reading a strategy from a
	 * response checks nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	public void validate() {
		Validation.required("truncation_strategy.type", this.type);
		if (this.lastMessages != null && this.lastMessages < 1) {
			throw new dev.integrations.openai.errors.OpenAIValidationException("truncation_strategy.last_messages",
					"truncation_strategy.last_messages must be at least 1, was " + this.lastMessages);
		}
	}

	/** @return the {@code auto} strategy */
	public static TruncationStrategy auto() {
		return new TruncationStrategy(Type.AUTO, null);
	}

	/**
	 * Keeps the most recent messages.
	 * @param count how many, at least 1
	 * @return the strategy
	 */
	public static TruncationStrategy lastMessages(int count) {
		TruncationStrategy strategy = new TruncationStrategy(Type.LAST_MESSAGES, count);
		strategy.validate();
		return strategy;
	}

	/**
	 * The truncation strategies.
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public enum Type {

		/** Drop messages from the middle of the thread to fit the context. */
		AUTO,

		/** Keep the {@code last_messages} most recent messages. */
		LAST_MESSAGES,

		/** A strategy this client does not know yet. */
		@JsonEnumDefaultValue
		UNKNOWN

	}

}
