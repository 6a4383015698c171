package dev.integrations.openai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code input} of a response (and the {@code instructions} a response echoes): plain text, equivalent to one
 * user message, or a list of items.
 */
@JsonDeserialize(using = WireUnions.Inputs.class)
public sealed interface ResponseInput {

	/**
	 * Text input.
	 * @param text the text
	 * @return the input
	 */
	static ResponseInput of(String text) {
		return new Text(text);
	}

	/**
	 * Item input.
	 * @param items the items
	 * @return the input
	 */
	static ResponseInput of(List<? extends ResponseItem> items) {
		return new Items(List.copyOf(items));
	}

	/**
	 * Text input.
	 *
	 * @param text the text
	 */
	record Text(@JsonValue String text) implements ResponseInput {

	}

	/**
	 * Item input.
	 *
	 * @param items the items
	 */
	record Items(@JsonValue List<ResponseItem> items) implements ResponseInput {

		/**
		 * Copies the items.
		 */
		public Items {
			items = List.copyOf(items);
		}

	}

}
