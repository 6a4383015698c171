package dev.integrations.openai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ResponseStreamEvent}s of built-in and custom tool calls: their progress, the code, arguments, input
 * and commands the model writes for them, partial images and shell output.
 */
public sealed interface ResponseToolCallEvent extends ResponseStreamEvent {

	/** @return the index of the output item of the call */
	int outputIndex();

	/**
	 * Progress of a built-in tool call, one record for every such event type: {@code in_progress},
	 * {@code searching}, {@code interpreting}, {@code generating}, {@code completed} and {@code failed} of
	 * {@code response.file_search_call}, {@code .web_search_call}, {@code .code_interpreter_call},
	 * {@code .image_generation_call}, {@code .mcp_call} and {@code .mcp_list_tools}.
	 *
	 * @param type the event type, such as {@code response.web_search_call.searching}
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param sequenceNumber the position of the event in the stream
	 */
	record ToolCallProgress(@JsonTypeId String type, String itemId, int outputIndex,
			long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * A piece of the code of a code interpreter call ({@code response.code_interpreter_call_code.delta}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param delta the code to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.code_interpreter_call_code.delta")
	record CodeInterpreterCallCodeDelta(String itemId, int outputIndex, String delta,
			long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * The code of a code interpreter call is complete ({@code response.code_interpreter_call_code.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param code the whole code
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.code_interpreter_call_code.done")
	record CodeInterpreterCallCodeDone(String itemId, int outputIndex, String code,
			long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * A partial image of an image generation call ({@code response.image_generation_call.partial_image}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param partialImageIndex the index of the partial image, from 0
	 * @param partialImageB64 the partial image, base64 encoded
	 * @param size the size of the image
	 * @param quality the quality of the image
	 * @param background the background of the image
	 * @param outputFormat the format of the image
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.image_generation_call.partial_image")
	record ImageGenerationCallPartialImage(String itemId, int outputIndex, int partialImageIndex,
			String partialImageB64, @Nullable String size, @Nullable String quality, @Nullable String background,
			@Nullable String outputFormat, long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * A piece of the arguments of an MCP tool call ({@code response.mcp_call_arguments.delta}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param delta the JSON text to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.mcp_call_arguments.delta")
	record McpCallArgumentsDelta(String itemId, int outputIndex, String delta,
			long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * The arguments of an MCP tool call are complete ({@code response.mcp_call_arguments.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param arguments the whole arguments, as JSON text
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.mcp_call_arguments.done")
	record McpCallArgumentsDone(String itemId, int outputIndex, String arguments,
			long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * A piece of the input of a custom tool call ({@code response.custom_tool_call_input.delta}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param delta the input to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.custom_tool_call_input.delta")
	record CustomToolCallInputDelta(String itemId, int outputIndex, String delta,
			long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * The input of a custom tool call is complete ({@code response.custom_tool_call_input.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param input the whole input
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.custom_tool_call_input.done")
	record CustomToolCallInputDone(String itemId, int outputIndex, String input,
			long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * A command of a shell call was added or is complete ({@code response.shell_call_command.added},
	 * {@code response.shell_call_command.done}).
	 *
	 * @param type the event type
	 * @param outputIndex the index of the output item
	 * @param commandIndex the index of the command
	 * @param command the command so far (empty when added) or the whole command
	 * @param sequenceNumber the position of the event in the stream
	 */
	record ShellCallCommand(@JsonTypeId String type, int outputIndex, int commandIndex, String command,
			long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * A piece of a command of a shell call ({@code response.shell_call_command.delta}).
	 *
	 * @param outputIndex the index of the output item
	 * @param commandIndex the index of the command
	 * @param delta the text to append
	 * @param obfuscation random characters that pad the event's size
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.shell_call_command.delta")
	record ShellCallCommandDelta(int outputIndex, int commandIndex, String delta, @Nullable String obfuscation,
			long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * A piece of the output of a shell call's command ({@code response.shell_call_output_content.delta}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param commandIndex the index of the command
	 * @param delta the standard output and error to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.shell_call_output_content.delta")
	record ShellCallOutputContentDelta(String itemId, int outputIndex, int commandIndex, OutputDelta delta,
			long sequenceNumber) implements ResponseToolCallEvent {

	}

	/**
	 * A piece of shell output.
	 *
	 * @param stdout standard output to append
	 * @param stderr standard error to append
	 */
	record OutputDelta(@Nullable String stdout, @Nullable String stderr) {

	}

	/**
	 * The output of a shell call's command is complete ({@code response.shell_call_output_content.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param commandIndex the index of the command
	 * @param output the whole output
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.shell_call_output_content.done")
	record ShellCallOutputContentDone(String itemId, int outputIndex, int commandIndex,
			List<ShellItem.ShellOutput> output, long sequenceNumber) implements ResponseToolCallEvent {

		/**
		 * Normalizes missing output to an empty list.
		 */
		public ShellCallOutputContentDone {
			output = WireLists.copyOf(output);
		}

	}

}
