package dev.integrations.openai.assistants;

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
 * A tool call made in a run step: {@code code_interpreter}, {@code file_search} or {@code function}. The same
 * types carry stream deltas ({@code thread.run.step.delta}), where {@code index} is set and the other fields hold
 * only what changed.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = RunStepToolCall.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(RunStepToolCall.CodeInterpreterCall.class),
		@JsonSubTypes.Type(RunStepToolCall.FileSearchCall.class),
		@JsonSubTypes.Type(RunStepToolCall.FunctionCall.class) })
public sealed interface RunStepToolCall {

	/** @return the position of the call, in stream deltas only */
	@Nullable Integer index();

	/** @return the tool call ID; in deltas, only in the first delta of a call */
	@Nullable String id();

	/**
	 * A code interpreter call.
	 *
	 * @param index the position of the call, in stream deltas only
	 * @param id the tool call ID
	 * @param codeInterpreter the code and its outputs
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("code_interpreter")
	record CodeInterpreterCall(@Nullable Integer index, @Nullable String id,
			@Nullable CodeInterpreter codeInterpreter) implements RunStepToolCall {

	}

	/**
	 * The code the interpreter ran and what it produced.
	 *
	 * @param input the code; in deltas, the next fragment
	 * @param outputs the outputs: logs and images
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record CodeInterpreter(@Nullable String input, List<CodeInterpreterOutput> outputs) {

		/**
		 * Normalizes missing outputs to an empty list.
		 */
		public CodeInterpreter {
			outputs = WireLists.copyOf(outputs);
		}

	}

	/**
	 * A file search call.
	 *
	 * @param index the position of the call, in stream deltas only
	 * @param id the tool call ID
	 * @param fileSearch the ranking options and results (results with content only when the request included
	 * {@link RunStep#FILE_SEARCH_RESULT_CONTENT})
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("file_search")
	record FileSearchCall(@Nullable Integer index, @Nullable String id, @Nullable FileSearch fileSearch)
			implements RunStepToolCall {

	}

	/**
	 * What a file search call used and found.
	 *
	 * @param rankingOptions the ranking options used
	 * @param results the results
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record FileSearch(@Nullable FileSearchRankingOptions rankingOptions, List<FileSearchResult> results) {

		/**
		 * Normalizes missing results to an empty list.
		 */
		public FileSearch {
			results = WireLists.copyOf(results);
		}

	}

	/**
	 * One result of a file search call.
	 *
	 * @param fileId the file ID
	 * @param fileName the file name
	 * @param score the relevance, 0 to 1
	 * @param content the matched text, when requested with {@link RunStep#FILE_SEARCH_RESULT_CONTENT}
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record FileSearchResult(String fileId, String fileName, double score, List<ResultContent> content) {

		/**
		 * Normalizes missing content to an empty list.
		 */
		public FileSearchResult {
			content = WireLists.copyOf(content);
		}

	}

	/**
	 * Matched text of a file search result.
	 *
	 * @param type always {@code text}
	 * @param text the text
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record ResultContent(String type, String text) {

	}

	/**
	 * A function call.
	 *
	 * @param index the position of the call, in stream deltas only
	 * @param id the tool call ID
	 * @param function the function, its arguments and, once submitted, its output
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("function")
	record FunctionCall(@Nullable Integer index, @Nullable String id, @Nullable Function function)
			implements RunStepToolCall {

	}

	/**
	 * The function of a function call.
	 *
	 * @param name the function name
	 * @param arguments the arguments as a JSON string; in deltas, the next fragment
	 * @param output the submitted output, or {@code null} before submission
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Function(@Nullable String name, @Nullable String arguments, @Nullable String output) {

	}

	/**
	 * A tool call type this client does not know yet, read without failing.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read, written back unchanged
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Unknown(@Nullable Integer index, @Nullable String id, @JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements RunStepToolCall {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
