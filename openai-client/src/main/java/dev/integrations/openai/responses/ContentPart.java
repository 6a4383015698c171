package dev.integrations.openai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One part of a message's content: {@code input_text}, {@code input_image} and {@code input_file} in what is sent
 * to the model; {@code output_text} and {@code refusal} in what it answers. Part types this client does not model
 * are read as {@link Unknown}.
 */
@JsonDeserialize(using = WireUnions.ContentParts.class)
public sealed interface ContentPart {

	/** @return the part type, such as {@code output_text} */
	String type();

	/**
	 * Text input.
	 * @param text the text
	 * @return the part
	 */
	static InputText text(String text) {
		return new InputText(text);
	}

	/**
	 * An image input by URL (or base64 {@code data:} URL) with automatic detail.
	 * @param imageUrl the image URL
	 * @return the part
	 */
	static InputImage imageUrl(String imageUrl) {
		return new InputImage(imageUrl, null, "auto");
	}

	/**
	 * A file input by uploaded file ID.
	 * @param fileId the ID of a file uploaded with purpose {@code user_data}
	 * @return the part
	 */
	static InputFile file(String fileId) {
		return new InputFile(fileId, null, null, null, null);
	}

	/**
	 * Text sent to the model.
	 *
	 * @param text the text
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record InputText(String text) implements ContentPart {

		@Override
		@JsonProperty("type")
		public String type() {
			return "input_text";
		}

	}

	/**
	 * An image sent to the model, by URL or uploaded file.
	 *
	 * @param imageUrl the URL, or a base64 {@code data:} URL
	 * @param fileId the ID of an uploaded file, instead of a URL
	 * @param detail {@code low}, {@code high}, {@code auto} or {@code original}
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record InputImage(@Nullable String imageUrl, @Nullable String fileId, String detail) implements ContentPart {

		@Override
		@JsonProperty("type")
		public String type() {
			return "input_image";
		}

	}

	/**
	 * A file sent to the model: an uploaded file, inline base64 data with a name, or a URL.
	 *
	 * @param fileId the ID of an uploaded file
	 * @param filename the file name, with inline data
	 * @param fileData the base64 content
	 * @param fileUrl the URL of the file
	 * @param detail {@code auto}, {@code low} or {@code high}
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record InputFile(@Nullable String fileId, @Nullable String filename, @Nullable String fileData,
			@Nullable String fileUrl, @Nullable String detail) implements ContentPart {

		@Override
		@JsonProperty("type")
		public String type() {
			return "input_file";
		}

	}

	/**
	 * Text the model produced.
	 *
	 * @param text the text
	 * @param annotations its citations
	 * @param logprobs token log probabilities, when requested through {@code include}
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record OutputText(String text, List<TextAnnotation> annotations,
			@Nullable List<OutputTextLogprob> logprobs) implements ContentPart {

		/**
		 * Normalizes missing annotations to an empty list.
		 */
		public OutputText {
			annotations = WireLists.copyOf(annotations);
		}

		@Override
		@JsonProperty("type")
		public String type() {
			return "output_text";
		}

	}

	/**
	 * The model's refusal to answer.
	 *
	 * @param refusal the explanation
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Refusal(String refusal) implements ContentPart {

		@Override
		@JsonProperty("type")
		public String type() {
			return "refusal";
		}

	}

	/**
	 * A part of a type this client does not model, kept (and sent back) as raw JSON.
	 *
	 * @param type the part type
	 * @param raw the whole part object
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Unknown(String type, @JsonValue JsonNode raw) implements ContentPart {

	}

}
