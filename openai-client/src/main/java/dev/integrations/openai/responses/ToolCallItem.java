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
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ResponseItem}s of the built-in tools that search, browse, use a computer, generate images, run code
 * and load tools (the shell tools are {@link ShellItem}s, the MCP ones {@link McpItem}s).
 */
public sealed interface ToolCallItem extends ResponseItem {

	/**
	 * The screenshot taken after the actions of a computer call, sent back so that the model can continue.
	 * @param callId the {@code call_id} of the {@link ComputerCall}
	 * @param imageUrl the screenshot's URL, or a base64 {@code data:} URL
	 * @param acknowledgedSafetyChecks the pending safety checks of the call the user acknowledged
	 * @return the item
	 */
	static ComputerCallOutput computerOutput(String callId, String imageUrl, List<SafetyCheck> acknowledgedSafetyChecks) {
		return new ComputerCallOutput(null, callId, Screenshot.ofUrl(imageUrl),
				acknowledgedSafetyChecks.isEmpty() ? null : List.copyOf(acknowledgedSafetyChecks), null, null);
	}

	/**
	 * A file search the model ran ({@code file_search_call}).
	 *
	 * @param id the item ID
	 * @param status {@code in_progress}, {@code searching}, {@code completed}, {@code incomplete} or {@code failed}
	 * @param queries the queries it searched for
	 * @param results the results, when {@code include} has {@code file_search_call.results}
	 */
	@JsonTypeName("file_search_call")
	record FileSearchCall(String id, String status, List<String> queries,
			@Nullable List<Result> results) implements ToolCallItem {

		/**
		 * Normalizes missing queries to an empty list.
		 */
		public FileSearchCall {
			queries = WireLists.copyOf(queries);
		}

		/**
		 * One file search result.
		 *
		 * @param fileId the file
		 * @param filename the file name
		 * @param text the matching text
		 * @param score the relevance, 0 to 1
		 * @param attributes the attributes of the vector store file
		 */
		public record Result(String fileId, @Nullable String filename, @Nullable String text, @Nullable Double score,
				@Nullable Map<String, Object> attributes) {

		}

	}

	/**
	 * A web search the model ran ({@code web_search_call}).
	 *
	 * @param id the item ID
	 * @param status {@code in_progress}, {@code searching}, {@code completed} or {@code failed}
	 * @param action what it did
	 */
	@JsonTypeName("web_search_call")
	record WebSearchCall(String id, String status, WebSearchAction action) implements ToolCallItem {

	}

	/**
	 * A computer action the model wants the caller to perform ({@code computer_call}); answer it with a
	 * {@link ComputerCallOutput} holding a screenshot.
	 *
	 * @param id the item ID
	 * @param callId the call ID to answer with
	 * @param action the action, on models that send one per call
	 * @param actions the actions to perform in order, on models that batch them
	 * @param pendingSafetyChecks the safety checks to acknowledge in the output
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 */
	@JsonTypeName("computer_call")
	record ComputerCall(String id, String callId, @Nullable ComputerAction action,
			@Nullable List<ComputerAction> actions, List<SafetyCheck> pendingSafetyChecks,
			String status) implements ToolCallItem {

		/**
		 * Normalizes missing safety checks to an empty list.
		 */
		public ComputerCall {
			pendingSafetyChecks = WireLists.copyOf(pendingSafetyChecks);
		}

	}

	/**
	 * The screenshot taken after a computer action ({@code computer_call_output}).
	 *
	 * @param id the item ID, on items from the API
	 * @param callId the {@code call_id} of the computer call this answers
	 * @param output the screenshot
	 * @param acknowledgedSafetyChecks the pending safety checks the user acknowledged
	 * @param status {@code in_progress}, {@code completed}, {@code incomplete} or {@code failed}
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("computer_call_output")
	record ComputerCallOutput(@Nullable String id, String callId, Screenshot output,
			@Nullable List<SafetyCheck> acknowledgedSafetyChecks, @Nullable String status,
			@Nullable String createdBy) implements ToolCallItem {

	}

	/**
	 * A computer screenshot, by URL (or base64 {@code data:} URL) or uploaded file.
	 *
	 * @param type always {@code computer_screenshot}
	 * @param imageUrl the URL of the screenshot
	 * @param fileId the ID of an uploaded file with the screenshot
	 */
	record Screenshot(String type, @Nullable String imageUrl, @Nullable String fileId) {

		/**
		 * A screenshot by URL.
		 * @param imageUrl the URL, or a base64 {@code data:} URL
		 * @return the screenshot
		 */
		public static Screenshot ofUrl(String imageUrl) {
			return new Screenshot("computer_screenshot", imageUrl, null);
		}

	}

	/**
	 * A safety check of a computer action.
	 *
	 * @param id the ID of the check
	 * @param code the type of the check
	 * @param message what the check found
	 */
	record SafetyCheck(String id, @Nullable String code, @Nullable String message) {

	}

	/**
	 * An image the model generated ({@code image_generation_call}).
	 *
	 * @param id the item ID
	 * @param status {@code in_progress}, {@code completed}, {@code generating} or {@code failed}
	 * @param result the generated image, base64 encoded
	 */
	@JsonTypeName("image_generation_call")
	record ImageGenerationCall(String id, String status, @Nullable String result) implements ToolCallItem {

	}

	/**
	 * Code the model ran in a code interpreter container ({@code code_interpreter_call}).
	 *
	 * @param id the item ID
	 * @param status {@code in_progress}, {@code completed}, {@code incomplete}, {@code interpreting} or
	 * {@code failed}
	 * @param containerId the container the code ran in
	 * @param code the code
	 * @param outputs the logs and images it produced
	 */
	@JsonTypeName("code_interpreter_call")
	record CodeInterpreterCall(String id, String status, String containerId, @Nullable String code,
			@Nullable List<CodeInterpreterOutput> outputs) implements ToolCallItem {

	}

	/**
	 * An output of a code interpreter call, by its {@code type}: logs or an image.
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
			defaultImpl = CodeInterpreterOutput.Unknown.class)
	@JsonSubTypes({ @JsonSubTypes.Type(CodeInterpreterOutput.Logs.class),
			@JsonSubTypes.Type(CodeInterpreterOutput.Image.class) })
	sealed interface CodeInterpreterOutput {

		/**
		 * The logs of the code ({@code logs}).
		 *
		 * @param logs the logs
		 */
		@JsonTypeName("logs")
		record Logs(String logs) implements CodeInterpreterOutput {

		}

		/**
		 * An image the code produced ({@code image}).
		 *
		 * @param url the URL of the image
		 */
		@JsonTypeName("image")
		record Image(String url) implements CodeInterpreterOutput {

		}

		/**
		 * An output of a type added after this client, kept as read and written back unchanged.
		 *
		 * @param type the output type
		 * @param fields the other fields
		 */
		record Unknown(@JsonTypeId String type,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements CodeInterpreterOutput {

			/**
			 * Copies the fields.
			 */
			public Unknown {
				fields = Extras.copy(fields);
			}

		}

	}

	/**
	 * A search for tools to load ({@code tool_search_call}).
	 *
	 * @param id the item ID
	 * @param callId the call ID, for searches the client runs
	 * @param execution {@code server} or {@code client}
	 * @param arguments the arguments of the search
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("tool_search_call")
	record ToolSearchCall(@Nullable String id, @Nullable String callId, @Nullable String execution,
			@Nullable Object arguments, @Nullable String status, @Nullable String createdBy) implements ToolCallItem {

	}

	/**
	 * The tools a tool search found ({@code tool_search_output}).
	 *
	 * @param id the item ID
	 * @param callId the call ID of the search
	 * @param execution {@code server} or {@code client}
	 * @param tools the tools loaded
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("tool_search_output")
	record ToolSearchOutput(@Nullable String id, @Nullable String callId, @Nullable String execution,
			List<ResponseTool> tools, @Nullable String status, @Nullable String createdBy) implements ToolCallItem {

		/**
		 * Normalizes missing tools to an empty list.
		 */
		public ToolSearchOutput {
			tools = WireLists.copyOf(tools);
		}

	}

	/**
	 * Tools added to the conversation ({@code additional_tools}).
	 *
	 * @param id the item ID
	 * @param role always {@code developer}
	 * @param tools the tools
	 */
	@JsonTypeName("additional_tools")
	record AdditionalTools(@Nullable String id, String role, List<ResponseTool> tools) implements ToolCallItem {

		/**
		 * Normalizes missing tools to an empty list.
		 */
		public AdditionalTools {
			tools = WireLists.copyOf(tools);
		}

	}

	/**
	 * A program the model wrote to call tools ({@code program}).
	 *
	 * @param id the item ID
	 * @param callId the call ID
	 * @param code the program
	 * @param fingerprint the fingerprint of the program
	 */
	@JsonTypeName("program")
	record Program(String id, String callId, String code, String fingerprint) implements ToolCallItem {

	}

	/**
	 * The result of a {@link Program} ({@code program_output}).
	 *
	 * @param id the item ID
	 * @param callId the call ID of the program
	 * @param result the result
	 * @param status the status of the run
	 */
	@JsonTypeName("program_output")
	record ProgramOutput(String id, String callId, String result, String status) implements ToolCallItem {

	}

}
