package dev.integrations.openai.responses;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An annotation on an {@code output_text} part: a citation of a file, URL or container file, or a file path.
 * Annotation types this client does not model are read as {@link Unknown}.
 */
@JsonDeserialize(using = WireUnions.Annotations.class)
public sealed interface TextAnnotation {

	/** @return the annotation type, such as {@code url_citation} */
	String type();

	/**
	 * A citation of a file found by file search.
	 *
	 * @param fileId the cited file
	 * @param index the index of the file in the list of files
	 * @param filename the file name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record FileCitation(String fileId, int index, String filename) implements TextAnnotation {

		@Override
		@JsonProperty("type")
		public String type() {
			return "file_citation";
		}

	}

	/**
	 * A citation of a web resource.
	 *
	 * @param url the URL of the resource
	 * @param startIndex the first character of the citation in the text
	 * @param endIndex the character after the citation in the text
	 * @param title the title of the resource
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record UrlCitation(String url, int startIndex, int endIndex, String title) implements TextAnnotation {

		@Override
		@JsonProperty("type")
		public String type() {
			return "url_citation";
		}

	}

	/**
	 * A citation of a file in a code interpreter container.
	 *
	 * @param containerId the container
	 * @param fileId the cited file
	 * @param startIndex the first character of the citation in the text
	 * @param endIndex the character after the citation in the text
	 * @param filename the file name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ContainerFileCitation(String containerId, String fileId, int startIndex, int endIndex,
			String filename) implements TextAnnotation {

		@Override
		@JsonProperty("type")
		public String type() {
			return "container_file_citation";
		}

	}

	/**
	 * A path to a file the model produced.
	 *
	 * @param fileId the file
	 * @param index the index of the file in the list of files
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record FilePath(String fileId, int index) implements TextAnnotation {

		@Override
		@JsonProperty("type")
		public String type() {
			return "file_path";
		}

	}

	/**
	 * An annotation of a type this client does not model, kept as raw JSON.
	 *
	 * @param type the annotation type
	 * @param raw the whole annotation object
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Unknown(String type, @JsonValue JsonNode raw) implements TextAnnotation {

	}

}
