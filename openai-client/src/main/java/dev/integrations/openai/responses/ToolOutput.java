package dev.integrations.openai.responses;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code output} of a function or custom tool call sent back to the model: text (usually JSON), or a list of
 * {@code input_text}, {@code input_image} and {@code input_file} parts.
 */
@JsonDeserialize(using = WireUnions.ToolOutputs.class)
public sealed interface ToolOutput {

	/**
	 * Text output.
	 * @param text the text, usually JSON
	 * @return the output
	 */
	static ToolOutput of(String text) {
		return new Text(text);
	}

	/**
	 * Output of content parts.
	 * @param parts the parts
	 * @return the output
	 */
	static ToolOutput of(List<? extends ContentPart> parts) {
		return new Parts(List.copyOf(parts));
	}

	/** @return the text, or the text of the text parts concatenated */
	String text();

	/**
	 * Text output.
	 *
	 * @param text the text
	 */
	record Text(@JsonValue String text) implements ToolOutput {

	}

	/**
	 * Output of content parts.
	 *
	 * @param parts the parts
	 */
	record Parts(@JsonValue List<ContentPart> parts) implements ToolOutput {

		/**
		 * Copies the parts.
		 */
		public Parts {
			parts = List.copyOf(parts);
		}

		@Override
		public String text() {
			return this.parts.stream()
				.filter(ContentPart.InputText.class::isInstance)
				.map((part) -> ((ContentPart.InputText) part).text())
				.collect(Collectors.joining());
		}

	}

}
