package dev.integrations.openai.evals;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.chat.ChatTool;
import dev.integrations.openai.chat.ResponseFormat;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.responses.ResponseTool;
import dev.integrations.openai.responses.TextFormat;
import org.jspecify.annotations.Nullable;

/**
 * The data source of a run ({@code data_source}), chosen by {@code type}: rows graded as they are ({@code jsonl}),
 * or rows a model answers first through Chat Completions ({@code completions}) or Responses ({@code responses}). A
 * type this client does not know yet is read as an {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = RunDataSource.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(RunDataSource.Jsonl.class), @JsonSubTypes.Type(RunDataSource.Completions.class),
		@JsonSubTypes.Type(RunDataSource.Responses.class) })
public sealed interface RunDataSource {

	/**
	 * Rows graded as they are, each bringing its {@code item} (and {@code sample}).
	 * @param source the rows: {@link RunSource#fileId(String)} or {@link RunSource#items(Map...)}
	 * @return the data source
	 */
	static Jsonl jsonl(RunSource source) {
		return new Jsonl(source);
	}

	/**
	 * Rows a model answers through Chat Completions before grading.
	 * @param model the model, such as {@code gpt-4o-mini}
	 * @param inputMessages the messages sent for each row
	 * @param source the rows
	 * @return the data source
	 */
	static Completions completions(String model, InputMessages inputMessages, RunSource source) {
		return new Completions(source, inputMessages, model, null);
	}

	/**
	 * Rows a model answers through the Responses API before grading.
	 * @param model the model, such as {@code gpt-4.1}
	 * @param inputMessages the messages sent for each row
	 * @param source the rows
	 * @return the data source
	 */
	static Responses responses(String model, InputMessages inputMessages, RunSource source) {
		return new Responses(source, inputMessages, model, null);
	}

	/**
	 * Rows graded as they are ({@code jsonl}).
	 *
	 * @param source a {@link RunSource.FileContent} or {@link RunSource.FileId}
	 */
	@JsonTypeName("jsonl")
	record Jsonl(RunSource source) implements RunDataSource {
	}

	/**
	 * Rows a model answers through Chat Completions ({@code completions}).
	 *
	 * @param source the rows, or {@link RunSource.StoredCompletions}
	 * @param inputMessages the messages sent for each row
	 * @param model the model sampled
	 * @param samplingParams the sampling parameters
	 */
	@JsonTypeName("completions")
	record Completions(RunSource source, @Nullable InputMessages inputMessages, @Nullable String model,
			@Nullable CompletionsSamplingParams samplingParams) implements RunDataSource {
	}

	/**
	 * The sampling parameters of a {@code completions} run.
	 *
	 * @param maxCompletionTokens the most tokens per answer
	 * @param reasoningEffort the reasoning effort, such as {@code low}
	 * @param responseFormat the format the model must answer in
	 * @param seed the seed (42 when not set)
	 * @param temperature the temperature (1 when not set)
	 * @param tools the functions the model may call, at most 128
	 * @param topP nucleus sampling (1 when not set)
	 */
	record CompletionsSamplingParams(@Nullable Integer maxCompletionTokens, @Nullable String reasoningEffort,
			@Nullable ResponseFormat responseFormat, @Nullable Long seed, @Nullable Double temperature,
			@Nullable List<ChatTool> tools, @Nullable Double topP) {
	}

	/**
	 * Rows a model answers through the Responses API ({@code responses}).
	 *
	 * @param source the rows, or {@link RunSource.Responses}
	 * @param inputMessages the messages sent for each row
	 * @param model the model sampled
	 * @param samplingParams the sampling parameters
	 */
	@JsonTypeName("responses")
	record Responses(RunSource source, @Nullable InputMessages inputMessages, @Nullable String model,
			@Nullable ResponsesSamplingParams samplingParams) implements RunDataSource {
	}

	/**
	 * The sampling parameters of a {@code responses} run.
	 *
	 * @param maxCompletionTokens the most tokens per answer
	 * @param reasoningEffort the reasoning effort, such as {@code low}
	 * @param seed the seed (42 when not set)
	 * @param temperature the temperature (1 when not set)
	 * @param text the text format the model answers in
	 * @param tools the tools the model may call
	 * @param topP nucleus sampling (1 when not set)
	 */
	record ResponsesSamplingParams(@Nullable Integer maxCompletionTokens, @Nullable String reasoningEffort,
			@Nullable Long seed, @Nullable Double temperature, @Nullable Text text, @Nullable List<ResponseTool> tools,
			@Nullable Double topP) {
	}

	/**
	 * The text settings of a {@code responses} run.
	 *
	 * @param format plain text, a JSON schema or JSON mode
	 */
	record Text(@Nullable TextFormat format) {
	}

	/**
	 * A data source whose {@code type} this client does not know yet; it keeps every field and is written back
	 * unchanged.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read
	 */
	record Unknown(@JsonTypeId String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> fields)
			implements RunDataSource {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
