package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A custom tool ({@code type: custom}): the model calls it with free-form text, optionally constrained by a
 * grammar.
 *
 * @param name the tool name
 * @param description what the tool does, for the model
 * @param format the input format: free text (the default) or a grammar
 * @param deferLoading whether the tool is deferred and loaded through tool search
 * @param allowedCallers the contexts that may call it: {@code direct}, {@code programmatic}
 */
@JsonTypeName("custom")
public record CustomTool(String name, @Nullable String description, @Nullable Format format,
		@Nullable Boolean deferLoading, @Nullable List<String> allowedCallers) implements ResponseTool {

	@Override
	public String type() {
		return "custom";
	}

	@Override
	public void validate() {
		Validation.notBlank("tools.custom.name", this.name);
		if (this.format instanceof Grammar grammar) {
			Validation.notBlank("tools.custom.format.syntax", grammar.syntax());
			Validation.notBlank("tools.custom.format.definition", grammar.definition());
		}
	}

	/**
	 * Returns a copy whose input is constrained by a grammar.
	 * @param syntax {@code lark} or {@code regex}
	 * @param definition the grammar
	 * @return the tool
	 */
	public CustomTool withGrammar(String syntax, String definition) {
		return withFormat(new Grammar(syntax, definition));
	}

	/**
	 * Returns a copy with an input format.
	 * @param format the format
	 * @return the tool
	 */
	public CustomTool withFormat(Format format) {
		return new CustomTool(this.name, this.description, format, this.deferLoading, this.allowedCallers);
	}

	/**
	 * The input format of a custom tool ({@code format}).
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
			visible = true, defaultImpl = Format.Unknown.class)
	@JsonSubTypes({ @JsonSubTypes.Type(Text.class), @JsonSubTypes.Type(Grammar.class) })
	public sealed interface Format {

		/**
		 * A format of a type this client does not know, kept and written back unchanged.
		 *
		 * @param type the format type
		 * @param fields the other fields, as read
		 */
		record Unknown(@JsonTypeId String type,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements Format {

			/**
			 * Copies the fields.
			 */
			public Unknown {
				fields = Extras.copy(fields);
			}

		}

	}

	/**
	 * Free-form text ({@code type: text}).
	 */
	@JsonTypeName("text")
	public record Text() implements Format {

	}

	/**
	 * Text that matches a grammar ({@code type: grammar}).
	 *
	 * @param syntax {@code lark} or {@code regex}
	 * @param definition the grammar
	 */
	@JsonTypeName("grammar")
	public record Grammar(String syntax, String definition) implements Format {

	}

}
