package dev.integrations.openai.responses;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;

/**
 * An annotation on an {@code output_text} part, by its {@code type}: a citation of a file, URL or container file,
 * or a file path. An annotation type added after this client is read as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = TextAnnotation.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(TextAnnotation.FileCitation.class),
		@JsonSubTypes.Type(TextAnnotation.UrlCitation.class),
		@JsonSubTypes.Type(TextAnnotation.ContainerFileCitation.class),
		@JsonSubTypes.Type(TextAnnotation.FilePath.class) })
public sealed interface TextAnnotation {

	/** @return the annotation type, such as {@code url_citation} */
	default String type() {
		return WireTypeNames.of(this);
	}

	/**
	 * A citation of a file found by file search ({@code file_citation}).
	 *
	 * @param fileId the cited file
	 * @param index the index of the file in the list of files
	 * @param filename the file name
	 */
	@JsonTypeName("file_citation")
	record FileCitation(String fileId, int index, String filename) implements TextAnnotation {

	}

	/**
	 * A citation of a web resource ({@code url_citation}).
	 *
	 * @param url the URL of the resource
	 * @param startIndex the first character of the citation in the text
	 * @param endIndex the character after the citation in the text
	 * @param title the title of the resource
	 */
	@JsonTypeName("url_citation")
	record UrlCitation(String url, int startIndex, int endIndex, String title) implements TextAnnotation {

	}

	/**
	 * A citation of a file in a code interpreter container ({@code container_file_citation}).
	 *
	 * @param containerId the container
	 * @param fileId the cited file
	 * @param startIndex the first character of the citation in the text
	 * @param endIndex the character after the citation in the text
	 * @param filename the file name
	 */
	@JsonTypeName("container_file_citation")
	record ContainerFileCitation(String containerId, String fileId, int startIndex, int endIndex,
			String filename) implements TextAnnotation {

	}

	/**
	 * A path to a file the model produced ({@code file_path}).
	 *
	 * @param fileId the file
	 * @param index the index of the file in the list of files
	 */
	@JsonTypeName("file_path")
	record FilePath(String fileId, int index) implements TextAnnotation {

	}

	/**
	 * An annotation of a type added after this client, read without failing; its fields are kept as read and
	 * written back unchanged.
	 *
	 * @param type the annotation type
	 * @param fields the other fields of the annotation
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements TextAnnotation {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
