package dev.integrations.openai.assistants;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * An output of a code interpreter call: text logs or an image file.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = CodeInterpreterOutput.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = CodeInterpreterOutput.Logs.class, name = "logs"),
		@JsonSubTypes.Type(value = CodeInterpreterOutput.Image.class, name = "image") })
public sealed interface CodeInterpreterOutput {

	/**
	 * Text output ({@code logs}).
	 *
	 * @param index the position of the output, in stream deltas only
	 * @param logs the text
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
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
	record Image(@Nullable Integer index, @Nullable ImageFile image) implements CodeInterpreterOutput {

	}

	/**
	 * An output type this client does not know yet, read without failing.
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Unknown(@Nullable Integer index) implements CodeInterpreterOutput {

	}

}
