package dev.integrations.openai.assistants;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * An output of a code interpreter call: text logs or an image file.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = CodeInterpreterOutput.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(CodeInterpreterOutput.Logs.class),
		@JsonSubTypes.Type(CodeInterpreterOutput.Image.class) })
public sealed interface CodeInterpreterOutput {

	/**
	 * Text output ({@code logs}).
	 *
	 * @param index the position of the output, in stream deltas only
	 * @param logs the text
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("logs")
	record Logs(@Nullable Integer index, @Nullable String logs) implements CodeInterpreterOutput {

	}

	/**
	 * An image output ({@code image}).
	 *
	 * @param index the position of the output, in stream deltas only
	 * @param image the image file
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("image")
	record Image(@Nullable Integer index, @Nullable ImageFile image) implements CodeInterpreterOutput {

	}

	/**
	 * An output type this client does not know yet, read without failing.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read, written back unchanged
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Unknown(@Nullable Integer index, @JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements CodeInterpreterOutput {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
