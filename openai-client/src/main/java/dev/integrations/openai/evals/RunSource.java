package dev.integrations.openai.evals;

import java.util.Arrays;
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
 * What fills the {@code item} namespace of a run ({@code data_source.source}), chosen by {@code type}: rows inline,
 * an uploaded JSONL file, stored completions or stored responses. A type this client does not know yet is read as
 * an {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = RunSource.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(RunSource.FileContent.class), @JsonSubTypes.Type(RunSource.FileId.class),
		@JsonSubTypes.Type(RunSource.StoredCompletions.class), @JsonSubTypes.Type(RunSource.Responses.class) })
public sealed interface RunSource {

	/**
	 * An uploaded JSONL file, one row per line.
	 * @param fileId the file ID
	 * @return the source
	 */
	static FileId fileId(String fileId) {
		return new FileId(fileId);
	}

	/**
	 * Rows given inline.
	 * @param items the {@code item} of each row
	 * @return the source
	 */
	@SafeVarargs
	static FileContent items(Map<String, Object>... items) {
		return new FileContent(Arrays.stream(items).map((item) -> new Row(item, null)).toList());
	}

	/**
	 * Rows given inline ({@code file_content}).
	 *
	 * @param content the rows
	 */
	@JsonTypeName("file_content")
	record FileContent(List<Row> content) implements RunSource {

		/**
		 * Copies the rows; a missing list reads as empty.
		 */
		public FileContent {
			content = WireLists.copyOf(content);
		}

	}

	/**
	 * One row of inline content.
	 *
	 * @param item the {@code item} namespace
	 * @param sample the {@code sample} namespace, when the row brings its own model output
	 */
	record Row(Map<String, Object> item, @Nullable Map<String, Object> sample) {
	}

	/**
	 * An uploaded JSONL file ({@code file_id}).
	 *
	 * @param id the file ID
	 */
	@JsonTypeName("file_id")
	record FileId(String id) implements RunSource {
	}

	/**
	 * Stored chat completions matching filters ({@code stored_completions}).
	 *
	 * @param createdAfter only completions created after this Unix time in seconds
	 * @param createdBefore only completions created before this Unix time in seconds
	 * @param limit at most this many completions
	 * @param metadata only completions with these metadata pairs
	 * @param model only completions of this model, such as {@code gpt-4o}
	 */
	@JsonTypeName("stored_completions")
	record StoredCompletions(@Nullable Long createdAfter, @Nullable Long createdBefore, @Nullable Integer limit,
			@Nullable Map<String, String> metadata, @Nullable String model) implements RunSource {
	}

	/**
	 * Stored responses matching filters ({@code responses}).
	 *
	 * @param createdAfter only responses created at or after this Unix time in seconds
	 * @param createdBefore only responses created at or before this Unix time in seconds
	 * @param instructionsSearch only responses whose instructions contain this text
	 * @param metadata only responses with this metadata
	 * @param model only responses of this model
	 * @param reasoningEffort only responses with this reasoning effort, such as {@code low}
	 * @param temperature only responses with this temperature
	 * @param tools only responses that used these tools, by name
	 * @param topP only responses with this {@code top_p}
	 * @param users only responses of these user identifiers
	 */
	@JsonTypeName("responses")
	record Responses(@Nullable Long createdAfter, @Nullable Long createdBefore, @Nullable String instructionsSearch,
			@Nullable Map<String, Object> metadata, @Nullable String model, @Nullable String reasoningEffort,
			@Nullable Double temperature, @Nullable List<String> tools, @Nullable Double topP,
			@Nullable List<String> users) implements RunSource {
	}

	/**
	 * A source whose {@code type} this client does not know yet; it keeps every field and is written back unchanged.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read
	 */
	record Unknown(@JsonTypeId String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> fields)
			implements RunSource {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
