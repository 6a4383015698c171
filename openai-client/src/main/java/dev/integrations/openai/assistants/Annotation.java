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
 * An annotation of message text: a citation of a file that {@code file_search} used, or a path to a file that
 * {@code code_interpreter} generated. In stream deltas every field but {@code index} may be missing.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = Annotation.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(Annotation.FileCitation.class),
		@JsonSubTypes.Type(Annotation.FilePath.class) })
public sealed interface Annotation {

	/** @return the text in the message content that this annotation replaces */
	@Nullable String text();

	/**
	 * A citation of a file ({@code file_citation}).
	 *
	 * @param index the position of the annotation, in stream deltas only
	 * @param text the text in the message content that the citation replaces, such as {@code 【4:0†source】}
	 * @param fileCitation the cited file
	 * @param startIndex where the replaced text starts
	 * @param endIndex where the replaced text ends
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("file_citation")
	record FileCitation(@Nullable Integer index, @Nullable String text, @Nullable FileReference fileCitation,
			@Nullable Integer startIndex, @Nullable Integer endIndex) implements Annotation {

	}

	/**
	 * A path to a generated file ({@code file_path}).
	 *
	 * @param index the position of the annotation, in stream deltas only
	 * @param text the text in the message content that the path replaces, such as
	 * {@code sandbox:/mnt/data/chart.png}
	 * @param filePath the generated file
	 * @param startIndex where the replaced text starts
	 * @param endIndex where the replaced text ends
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	@JsonTypeName("file_path")
	record FilePath(@Nullable Integer index, @Nullable String text, @Nullable FileReference filePath,
			@Nullable Integer startIndex, @Nullable Integer endIndex) implements Annotation {

	}

	/**
	 * The file an annotation points to.
	 *
	 * @param fileId the file ID
	 * @param quote the quoted text, when the API sends it (stream deltas of citations)
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record FileReference(@Nullable String fileId, @Nullable String quote) {

	}

	/**
	 * An annotation type this client does not know yet, read without failing.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read, written back unchanged
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	record Unknown(@Nullable String text, @JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements Annotation {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
