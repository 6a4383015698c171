package dev.integrations.openai.chatkit;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireTypeNames;

/**
 * A source cited by a {@link ChatKitOutputText}: an uploaded file or a URL. An annotation type this client does not
 * know reads as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ChatKitAnnotation.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ChatKitAnnotation.File.class), @JsonSubTypes.Type(ChatKitAnnotation.Url.class) })
public sealed interface ChatKitAnnotation {

	/** @return the wire type, such as {@code file} */
	default String type() {
		return WireTypeNames.of(this);
	}

	/**
	 * A cited file ({@code file}).
	 *
	 * @param source the file
	 */
	@JsonTypeName("file")
	record File(FileSource source) implements ChatKitAnnotation {

	}

	/**
	 * A cited URL ({@code url}).
	 *
	 * @param source the URL
	 */
	@JsonTypeName("url")
	record Url(UrlSource source) implements ChatKitAnnotation {

	}

	/**
	 * An annotation type this client does not know yet.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read, written back unchanged
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ChatKitAnnotation {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

	/**
	 * The file a {@link File} annotation cites.
	 *
	 * @param type always {@code file}
	 * @param filename the file name
	 */
	record FileSource(String type, String filename) {

	}

	/**
	 * The URL a {@link Url} annotation cites.
	 *
	 * @param type always {@code url}
	 * @param url the URL
	 */
	record UrlSource(String type, String url) {

	}

}
