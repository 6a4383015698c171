package dev.integrations.openai.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.schema.JsonSchemas;
import org.jspecify.annotations.Nullable;

/**
 * A tool the model may call ({@code tools}), written with its {@code type}: a function tool with a JSON Schema, or
 * a custom tool taking free text or text matching a grammar.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ChatTool.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ChatTool.Function.class), @JsonSubTypes.Type(ChatTool.Custom.class) })
public sealed interface ChatTool {

	/**
	 * A function tool.
	 * @param function the function
	 * @return the tool
	 */
	static Function function(FunctionDefinition function) {
		return new Function(function);
	}

	/**
	 * A strict function tool whose parameters are a Java type: the schema is the one {@link JsonSchemas#of(Class)}
	 * generates, and {@link ToolCall.Function#arguments(Class)} reads the model's arguments back as the type.
	 * @param name the function name: a-z, A-Z, 0-9, underscores and dashes, at most 64 characters
	 * @param description what the function does, used by the model to decide when to call it
	 * @param parameters the type of the arguments, such as a record
	 * @return the tool
	 */
	static Function function(String name, String description, Class<?> parameters) {
		return new Function(new FunctionDefinition(name, description, JsonSchemas.of(parameters), true));
	}

	/**
	 * A custom tool with unconstrained text input.
	 * @param name the tool name
	 * @param description what the tool does, or {@code null}
	 * @return the tool
	 */
	static Custom custom(String name, @Nullable String description) {
		return new Custom(new CustomDefinition(name, description, null));
	}

	/**
	 * A function tool ({@code type: function}).
	 *
	 * @param function the function
	 */
	@JsonTypeName("function")
	record Function(FunctionDefinition function) implements ChatTool {

		/**
		 * Checks the function.
		 */
		public Function {
			Validation.required("function", function);
		}

	}

	/**
	 * A custom tool ({@code type: custom}).
	 *
	 * @param custom the tool's properties
	 */
	@JsonTypeName("custom")
	record Custom(CustomDefinition custom) implements ChatTool {

		/**
		 * Checks the properties.
		 */
		public Custom {
			Validation.required("custom", custom);
		}

	}

	/**
	 * The properties of a custom tool.
	 *
	 * @param name the tool name, used in tool calls
	 * @param description what the tool does
	 * @param format the input format, unconstrained text when {@code null}
	 */
	record CustomDefinition(String name, @Nullable String description, @Nullable Format format) {

		/**
		 * Checks the name.
		 */
		public CustomDefinition {
			Validation.notBlank("custom.name", name);
		}

	}

	/**
	 * The input format of a custom tool, written with its {@code type}.
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
			defaultImpl = Format.Unknown.class)
	@JsonSubTypes({ @JsonSubTypes.Type(TextFormat.class), @JsonSubTypes.Type(GrammarFormat.class) })
	sealed interface Format {

		/**
		 * Unconstrained text.
		 * @return the format
		 */
		static TextFormat text() {
			return new TextFormat();
		}

		/**
		 * Text matching a grammar.
		 * @param syntax the grammar syntax
		 * @param definition the grammar definition
		 * @return the format
		 */
		static GrammarFormat grammar(Syntax syntax, String definition) {
			return new GrammarFormat(new Grammar(definition, syntax));
		}

		/**
		 * An input format of a type this client does not know, such as one added to the API after it: read without failing and written
		 * back unchanged. Build one to send it.
		 *
		 * @param type the type
		 * @param fields the other fields, as read or to write
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
	 * Unconstrained text ({@code type: text}).
	 */
	@JsonTypeName("text")
	record TextFormat() implements Format {

	}

	/**
	 * Text matching a grammar ({@code type: grammar}).
	 *
	 * @param grammar the grammar
	 */
	@JsonTypeName("grammar")
	record GrammarFormat(Grammar grammar) implements Format {

	}

	/**
	 * A grammar.
	 *
	 * @param definition the grammar definition
	 * @param syntax the syntax of the definition
	 */
	record Grammar(String definition, Syntax syntax) {

		/**
		 * Checks the fields.
		 */
		public Grammar {
			Validation.notBlank("grammar.definition", definition);
			Validation.required("grammar.syntax", syntax);
		}

	}

	/**
	 * The syntax of a grammar definition.
	 */
	enum Syntax {

		/** A Lark grammar. */
		LARK,

		/** A regular expression. */
		REGEX

	}

	/**
	 * A tool of a type this client does not know, such as one added to the API after it: read without failing and written
	 * back unchanged. Build one to send it.
	 *
	 * @param type the type
	 * @param fields the other fields, as read or to write
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ChatTool {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
