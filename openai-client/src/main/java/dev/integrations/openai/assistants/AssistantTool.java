package dev.integrations.openai.assistants;

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
 * A tool of an assistant or a run: {@code code_interpreter}, {@code file_search} or {@code function}. Also used
 * for message attachments, which accept {@code code_interpreter} and {@code file_search}.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = AssistantTool.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(AssistantTool.CodeInterpreter.class),
		@JsonSubTypes.Type(AssistantTool.FileSearch.class),
		@JsonSubTypes.Type(AssistantTool.Function.class) })
public sealed interface AssistantTool {

	/**
	 * Checks the request rules of the tool; the client calls this before sending it. Reading a tool from a response
	 * checks nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

	/** @return the code interpreter tool */
	static AssistantTool codeInterpreter() {
		return new CodeInterpreter();
	}

	/** @return the file search tool with the API's defaults */
	static AssistantTool fileSearch() {
		return new FileSearch(null);
	}

	/**
	 * The file search tool with overrides.
	 * @param maxNumResults the maximum number of results, 1 to 50, or {@code null}
	 * @param rankingOptions the ranking options, or {@code null}
	 * @return the tool
	 */
	static AssistantTool fileSearch(@Nullable Integer maxNumResults, @Nullable FileSearchRankingOptions rankingOptions) {
		FileSearch tool = new FileSearch(new FileSearchSettings(maxNumResults, rankingOptions));
		tool.validate();
		return tool;
	}

	/**
	 * A function tool.
	 * @param function the function
	 * @return the tool
	 */
	static AssistantTool function(FunctionDefinition function) {
		return new Function(function);
	}

	/**
	 * The code interpreter tool ({@code {"type": "code_interpreter"}}).
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("code_interpreter")
	record CodeInterpreter() implements AssistantTool {

	}

	/**
	 * The file search tool.
	 *
	 * @param fileSearch overrides of the tool's defaults, or {@code null}
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("file_search")
	record FileSearch(@Nullable FileSearchSettings fileSearch) implements AssistantTool {

		@Override
		public void validate() {
			if (this.fileSearch != null) {
				this.fileSearch.validate();
			}
		}

	}

	/**
	 * A function tool.
	 *
	 * @param function the function definition
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("function")
	record Function(FunctionDefinition function) implements AssistantTool {

		@Override
		public void validate() {
			Validation.required("function", this.function).validate();
		}

	}

	/**
	 * Overrides of the file search tool.
	 *
	 * @param maxNumResults the maximum number of results, 1 to 50
	 * @param rankingOptions the ranking options
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record FileSearchSettings(@Nullable Integer maxNumResults, @Nullable FileSearchRankingOptions rankingOptions) {

		/**
		 * Checks the request rules of the settings; the client calls this before sending them.
		 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
		 */
		public void validate() {
			Validation.range("file_search.max_num_results", this.maxNumResults, 1, 50);
			if (this.rankingOptions != null) {
				this.rankingOptions.validate();
			}
		}

	}

	/**
	 * A tool type this client does not know yet, read without failing.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read, written back unchanged
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements AssistantTool {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
