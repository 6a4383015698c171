package dev.integrations.openai.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.UserJson;

/**
 * A tool call created by the model ({@code tool_calls}), written with its {@code type}: a function call or a
 * custom tool call. Send it back unchanged in an {@link AssistantMessage} before the {@link ToolMessage}s that
 * answer it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ToolCall.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ToolCall.Function.class), @JsonSubTypes.Type(ToolCall.Custom.class) })
public sealed interface ToolCall {

	/** @return the ID of the call, which the answering {@link ToolMessage} references */
	String id();

	/**
	 * A function tool call.
	 * @param id the call ID
	 * @param name the function name
	 * @param arguments the arguments as JSON text
	 * @return the call
	 */
	static Function function(String id, String name, String arguments) {
		return new Function(id, new FunctionCall(name, arguments));
	}

	/**
	 * A call of a function tool ({@code type: function}).
	 *
	 * @param id the call ID
	 * @param function the function and its arguments
	 */
	@JsonTypeName("function")
	record Function(String id, FunctionCall function) implements ToolCall {

		/**
		 * Reads the arguments as the type the tool was declared with
		 * ({@link ChatTool#function(String, String, Class)}), with the type's own JSON naming.
		 * @param <T> the type
		 * @param type the type of the arguments
		 * @return the arguments
		 * @throws dev.integrations.openai.errors.OutputParseException naming the tool when the arguments are not
		 * JSON of the type
		 */
		public <T> T arguments(Class<T> type) {
			return UserJson.read(this.function.arguments(), type, this.function.name(), null);
		}

	}

	/**
	 * A call of a custom tool ({@code type: custom}).
	 *
	 * @param id the call ID
	 * @param custom the tool and its input
	 */
	@JsonTypeName("custom")
	record Custom(String id, CustomCall custom) implements ToolCall {

	}

	/**
	 * A tool call of a type this client does not know yet, read without failing. Its fields are kept as read, so
	 * it is sent back unchanged in an {@link AssistantMessage}.
	 *
	 * @param id the call ID
	 * @param type the call type
	 * @param fields the other fields of the call, as read
	 */
	record Unknown(String id, @JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ToolCall {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

	/**
	 * The custom tool called and the input the model generated for it.
	 *
	 * @param name the tool name
	 * @param input the input
	 */
	record CustomCall(String name, String input) {

	}

}
