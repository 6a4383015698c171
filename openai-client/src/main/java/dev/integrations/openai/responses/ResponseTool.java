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
 * A tool the model may use ({@code tools}), written with its {@code type}: the caller's functions and custom tools,
 * and the hosted tools (file search, web search, MCP servers, code interpreter, image generation, computer use,
 * shells, apply-patch, tool search). The factories here build the common forms; the tools with many options have a
 * builder ({@link McpTool#builder}, {@link ImageGenerationTool#builder}). A tool type added to the API after this
 * client is read as {@link Unknown}, which keeps every field and writes it back unchanged.
 * <p>
 * Read leniently: a tool read from a response may miss any field. Written strictly: {@link #validate()} checks the
 * request rules before a request is sent.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ResponseTool.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ResponseTool.Function.class), @JsonSubTypes.Type(FileSearchTool.class),
		@JsonSubTypes.Type(value = WebSearchTool.class, names = { "web_search", "web_search_2025_08_26" }),
		@JsonSubTypes.Type(value = WebSearchPreviewTool.class,
				names = { "web_search_preview", "web_search_preview_2025_03_11" }),
		@JsonSubTypes.Type(ResponseTool.Computer.class), @JsonSubTypes.Type(ResponseTool.ComputerUsePreview.class),
		@JsonSubTypes.Type(McpTool.class), @JsonSubTypes.Type(CodeInterpreterTool.class),
		@JsonSubTypes.Type(ImageGenerationTool.class), @JsonSubTypes.Type(ResponseTool.LocalShell.class),
		@JsonSubTypes.Type(ShellTool.class), @JsonSubTypes.Type(ResponseTool.ApplyPatch.class),
		@JsonSubTypes.Type(CustomTool.class), @JsonSubTypes.Type(NamespaceTool.class),
		@JsonSubTypes.Type(ToolSearchTool.class), @JsonSubTypes.Type(ResponseTool.ProgrammaticToolCalling.class) })
public sealed interface ResponseTool permits ResponseTool.Function, FileSearchTool, WebSearchTool,
		WebSearchPreviewTool, ResponseTool.Computer, ResponseTool.ComputerUsePreview, McpTool,
		CodeInterpreterTool, ImageGenerationTool, ResponseTool.LocalShell, ShellTool, ResponseTool.ApplyPatch,
		CustomTool, NamespaceTool, ToolSearchTool, ResponseTool.ProgrammaticToolCalling, ResponseTool.Unknown {

	/** @return the tool type, such as {@code function} or {@code web_search} */
	String type();

	/**
	 * Checks the request rules of the tool; the client calls this before sending it. Reading a tool from a response
	 * checks nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

	/**
	 * A strict function: the model's arguments always match the schema (which then needs
	 * {@code "additionalProperties": false} and every property in {@code required}).
	 * @param name the function name
	 * @param description what the function does, for the model
	 * @param parameters the JSON schema of the arguments
	 * @return the tool
	 */
	static Function function(String name, String description, Map<String, ?> parameters) {
		return new Function(name, description, parameters, true, null, null, null);
	}

	/**
	 * A strict function whose arguments are a Java type: the schema is the one
	 * {@link dev.integrations.openai.schema.JsonSchemas#of(Class)} generates; read the calls' arguments back with
	 * {@link FunctionCalls#arguments(ResponseItem.FunctionCall, Class)}.
	 * @param name the function name
	 * @param description what the function does, for the model
	 * @param parameters the type of the arguments, such as a record
	 * @return the tool
	 */
	static Function function(String name, String description, Class<?> parameters) {
		return function(name, description, dev.integrations.openai.schema.JsonSchemas.of(parameters));
	}

	/**
	 * File search over vector stores.
	 * @param vectorStoreIds the vector stores to search
	 * @return the tool
	 */
	static FileSearchTool fileSearch(String... vectorStoreIds) {
		return new FileSearchTool(List.of(vectorStoreIds), null, null, null);
	}

	/** @return web search ({@code web_search}) with the default settings */
	static WebSearchTool webSearch() {
		return new WebSearchTool("web_search", null, null, null, null);
	}

	/** @return the preview web search ({@code web_search_preview}) with the default settings */
	static WebSearchPreviewTool webSearchPreview() {
		return new WebSearchPreviewTool("web_search_preview", null, null, null);
	}

	/** @return the computer use tool ({@code computer}) */
	static Computer computer() {
		return new Computer();
	}

	/**
	 * The preview computer use tool ({@code computer_use_preview}).
	 * @param environment the environment to control: {@code windows}, {@code mac}, {@code linux}, {@code ubuntu}
	 * or {@code browser}
	 * @param displayWidth the width of the display, in pixels
	 * @param displayHeight the height of the display, in pixels
	 * @return the tool
	 */
	static ComputerUsePreview computerUsePreview(String environment, int displayWidth, int displayHeight) {
		return new ComputerUsePreview(environment, displayWidth, displayHeight);
	}

	/**
	 * A remote MCP server reached at a URL, whose every tool call needs approval (the API's default).
	 * @param serverLabel the label that identifies the server in tool calls
	 * @param serverUrl the URL of the server
	 * @return the tool; {@link McpTool#builder} sets the other options
	 */
	static McpTool mcp(String serverLabel, String serverUrl) {
		return McpTool.builder().serverLabel(serverLabel).serverUrl(serverUrl).build();
	}

	/** @return the code interpreter in a container the API creates ({@code {"type": "auto"}}) */
	static CodeInterpreterTool codeInterpreter() {
		return new CodeInterpreterTool(CodeInterpreterTool.Container.auto(), null);
	}

	/**
	 * The code interpreter in an existing container.
	 * @param containerId the container ID, such as {@code cntr_123}
	 * @return the tool
	 */
	static CodeInterpreterTool codeInterpreter(String containerId) {
		return new CodeInterpreterTool(CodeInterpreterTool.Container.of(containerId), null);
	}

	/** @return image generation with the default settings; {@link ImageGenerationTool#builder} sets options */
	static ImageGenerationTool imageGeneration() {
		return ImageGenerationTool.builder().build();
	}

	/** @return the local shell tool ({@code local_shell}), run by the caller */
	static LocalShell localShell() {
		return new LocalShell();
	}

	/**
	 * The shell tool ({@code shell}) in an environment.
	 * @param environment where commands run, such as {@link ShellEnvironment#containerAuto()}, or {@code null} for
	 * the API's default
	 * @return the tool
	 */
	static ShellTool shell(@Nullable ShellEnvironment environment) {
		return new ShellTool(environment, null);
	}

	/** @return the apply-patch tool ({@code apply_patch}): the model edits files with diffs the caller applies */
	static ApplyPatch applyPatch() {
		return new ApplyPatch(null);
	}

	/**
	 * A custom tool that takes free-form text input.
	 * @param name the tool name
	 * @param description what the tool does, for the model
	 * @return the tool; {@link CustomTool#withFormat} constrains the input by a grammar
	 */
	static CustomTool custom(String name, String description) {
		return new CustomTool(name, description, null, null, null);
	}

	/**
	 * A namespace grouping function and custom tools.
	 * @param name the namespace name
	 * @param description what the tools of the namespace do
	 * @param tools the function and custom tools
	 * @return the tool
	 */
	static NamespaceTool namespace(String name, String description, ResponseTool... tools) {
		return new NamespaceTool(name, description, List.of(tools));
	}

	/** @return tool search ({@code tool_search}), run by the API, over the tools with {@code defer_loading} */
	static ToolSearchTool toolSearch() {
		return new ToolSearchTool("server", null, null);
	}

	/** @return programmatic tool calling ({@code programmatic_tool_calling}) */
	static ProgrammaticToolCalling programmaticToolCalling() {
		return new ProgrammaticToolCalling();
	}

	/**
	 * A function defined by the caller ({@code type: function}).
	 *
	 * @param name the function name
	 * @param description what the function does, for the model
	 * @param parameters the JSON schema of the arguments
	 * @param strict whether to enforce the schema strictly
	 * @param outputSchema the JSON schema of the JSON value encoded in the function's string outputs
	 * @param deferLoading whether the function is deferred and loaded through tool search
	 * @param allowedCallers the contexts that may call it: {@code direct}, {@code programmatic}
	 */
	@JsonTypeName("function")
	record Function(String name, @Nullable String description, @Nullable Map<String, ?> parameters,
			@Nullable Boolean strict, @Nullable Map<String, ?> outputSchema, @Nullable Boolean deferLoading,
			@Nullable List<String> allowedCallers) implements ResponseTool {

		@Override
		public String type() {
			return "function";
		}

		@Override
		public void validate() {
			Validation.notBlank("tools.function.name", this.name);
		}

	}

	/**
	 * The computer use tool ({@code type: computer}).
	 */
	@JsonTypeName("computer")
	record Computer() implements ResponseTool {

		@Override
		public String type() {
			return "computer";
		}

	}

	/**
	 * The preview computer use tool ({@code type: computer_use_preview}).
	 *
	 * @param environment the environment: {@code windows}, {@code mac}, {@code linux}, {@code ubuntu} or
	 * {@code browser}
	 * @param displayWidth the width of the display, in pixels
	 * @param displayHeight the height of the display, in pixels
	 */
	@JsonTypeName("computer_use_preview")
	record ComputerUsePreview(String environment, Integer displayWidth, Integer displayHeight) implements ResponseTool {

		@Override
		public String type() {
			return "computer_use_preview";
		}

		@Override
		public void validate() {
			Validation.notBlank("tools.computer_use_preview.environment", this.environment);
			Validation.required("tools.computer_use_preview.display_width", this.displayWidth);
			Validation.required("tools.computer_use_preview.display_height", this.displayHeight);
		}

	}

	/**
	 * The local shell tool ({@code type: local_shell}): the model asks the caller to run commands.
	 */
	@JsonTypeName("local_shell")
	record LocalShell() implements ResponseTool {

		@Override
		public String type() {
			return "local_shell";
		}

	}

	/**
	 * The apply-patch tool ({@code type: apply_patch}).
	 *
	 * @param allowedCallers the contexts that may call it: {@code direct}, {@code programmatic}
	 */
	@JsonTypeName("apply_patch")
	record ApplyPatch(@Nullable List<String> allowedCallers) implements ResponseTool {

		@Override
		public String type() {
			return "apply_patch";
		}

	}

	/**
	 * Programmatic tool calling ({@code type: programmatic_tool_calling}).
	 */
	@JsonTypeName("programmatic_tool_calling")
	record ProgrammaticToolCalling() implements ResponseTool {

		@Override
		public String type() {
			return "programmatic_tool_calling";
		}

	}

	/**
	 * A tool of a type this client does not know, such as one added to the API after it: read without failing and
	 * written back unchanged. Build one to send such a tool.
	 *
	 * @param type the tool type
	 * @param fields the other fields of the tool, as read or to write
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ResponseTool {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
