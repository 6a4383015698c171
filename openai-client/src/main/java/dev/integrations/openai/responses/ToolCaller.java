package dev.integrations.openai.responses;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;

/**
 * The execution context that produced a tool call ({@code caller}): the model directly, or a program the model
 * runs. A caller type added after this client is read as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ToolCaller.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ToolCaller.Direct.class), @JsonSubTypes.Type(ToolCaller.Program.class) })
public sealed interface ToolCaller {

	/** The model called the tool directly ({@code direct}). */
	@JsonTypeName("direct")
	record Direct() implements ToolCaller {

	}

	/**
	 * A program the model runs called the tool ({@code program}).
	 *
	 * @param callerId the ID of the program item
	 */
	@JsonTypeName("program")
	record Program(String callerId) implements ToolCaller {

	}

	/**
	 * A caller of a type added after this client, kept as read and written back unchanged.
	 *
	 * @param type the caller type
	 * @param fields the other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ToolCaller {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
