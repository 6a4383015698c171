package dev.integrations.openai.chat;

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
 * A part of a message's content, written with its {@code type}: text, image, input audio, file or refusal. Which
 * parts a message accepts depends on its role (user messages take all but refusal, assistant messages text and
 * refusal, the others text only).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ContentPart.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ContentPart.Text.class), @JsonSubTypes.Type(ContentPart.Image.class),
		@JsonSubTypes.Type(ContentPart.InputAudio.class), @JsonSubTypes.Type(ContentPart.File.class),
		@JsonSubTypes.Type(ContentPart.Refusal.class) })
public sealed interface ContentPart {

	/** The explicit prompt cache breakpoint marker, {@code {"mode": "explicit"}}. */
	CacheBreakpoint EXPLICIT_BREAKPOINT = new CacheBreakpoint("explicit");

	/**
	 * Checks the request rules of the part; the client calls this before sending it. Reading a part from a response
	 * checks nothing.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

	/**
	 * A text part.
	 * @param text the text
	 * @return the part
	 */
	static Text text(String text) {
		return checked(new Text(text, null));
	}

	/**
	 * An image by URL or {@code data:} URL, with automatic detail.
	 * @param url the image URL or base64 data URL
	 * @return the part
	 */
	static Image imageUrl(String url) {
		return checked(new Image(new ImageUrl(url, null), null));
	}

	/**
	 * An image by URL or {@code data:} URL.
	 * @param url the image URL or base64 data URL
	 * @param detail the detail level
	 * @return the part
	 */
	static Image imageUrl(String url, ImageDetail detail) {
		return checked(new Image(new ImageUrl(url, detail), null));
	}

	/**
	 * Base64 encoded input audio.
	 * @param data the base64 audio data
	 * @param format the format of the data
	 * @return the part
	 */
	static InputAudio inputAudio(String data, AudioFormat format) {
		return checked(new InputAudio(new AudioData(data, format), null));
	}

	/**
	 * An uploaded file by ID.
	 * @param fileId the file ID
	 * @return the part
	 */
	static File fileId(String fileId) {
		return new File(new FileData(null, null, fileId), null);
	}

	/**
	 * An inline base64 file.
	 * @param filename the file name
	 * @param base64Data the base64 data, as a data URL such as {@code data:application/pdf;base64,...}
	 * @return the part
	 */
	static File fileData(String filename, String base64Data) {
		return new File(new FileData(filename, base64Data, null), null);
	}

	/**
	 * A refusal by the model, in an assistant message.
	 * @param refusal the refusal text
	 * @return the part
	 */
	static Refusal refusal(String refusal) {
		return checked(new Refusal(refusal));
	}

	private static <P extends ContentPart> P checked(P part) {
		part.validate();
		return part;
	}

	/**
	 * A part of a type this client does not know yet, read without failing, with its fields kept as read.
	 *
	 * @param type the part type
	 * @param fields the other fields of the part, as read
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ContentPart {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

	/**
	 * Text content ({@code type: text}).
	 *
	 * @param text the text
	 * @param promptCacheBreakpoint marks the end of a reusable prompt prefix, or {@code null}
	 */
	@JsonTypeName("text")
	record Text(String text, @Nullable CacheBreakpoint promptCacheBreakpoint) implements ContentPart {

		@Override
		public void validate() {
			Validation.required("text", text);
		}

	}

	/**
	 * Image content ({@code type: image_url}).
	 *
	 * @param imageUrl the image
	 * @param promptCacheBreakpoint marks the end of a reusable prompt prefix, or {@code null}
	 */
	@JsonTypeName("image_url")
	record Image(ImageUrl imageUrl, @Nullable CacheBreakpoint promptCacheBreakpoint) implements ContentPart {

		@Override
		public void validate() {
			Validation.required("image_url", this.imageUrl).validate();
		}

	}

	/**
	 * Input audio content ({@code type: input_audio}).
	 *
	 * @param inputAudio the audio
	 * @param promptCacheBreakpoint marks the end of a reusable prompt prefix, or {@code null}
	 */
	@JsonTypeName("input_audio")
	record InputAudio(AudioData inputAudio, @Nullable CacheBreakpoint promptCacheBreakpoint) implements ContentPart {

		@Override
		public void validate() {
			Validation.required("input_audio", this.inputAudio).validate();
		}

	}

	/**
	 * File content ({@code type: file}).
	 *
	 * @param file the file
	 * @param promptCacheBreakpoint marks the end of a reusable prompt prefix, or {@code null}
	 */
	@JsonTypeName("file")
	record File(FileData file, @Nullable CacheBreakpoint promptCacheBreakpoint) implements ContentPart {

		@Override
		public void validate() {
			Validation.required("file", file);
		}

	}

	/**
	 * A refusal ({@code type: refusal}), only in assistant messages.
	 *
	 * @param refusal the refusal text
	 */
	@JsonTypeName("refusal")
	record Refusal(String refusal) implements ContentPart {

		@Override
		public void validate() {
			Validation.required("refusal", refusal);
		}

	}

	/**
	 * An image reference.
	 *
	 * @param url the URL or base64 data URL
	 * @param detail the detail level, {@code auto} by default
	 */
	record ImageUrl(String url, @Nullable ImageDetail detail) {

		/**
		 * Checks the request rules; the client calls this before sending the value.
		 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
		 */
		public void validate() {
			Validation.notBlank("image_url.url", url);
		}

	}

	/**
	 * Base64 audio and its format.
	 *
	 * @param data the base64 data
	 * @param format the format
	 */
	record AudioData(String data, AudioFormat format) {

		/**
		 * Checks the request rules; the client calls this before sending the value.
		 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
		 */
		public void validate() {
			Validation.notBlank("input_audio.data", data);
			Validation.required("input_audio.format", format);
		}

	}

	/**
	 * A file: an uploaded file's ID, or inline data with a file name.
	 *
	 * @param filename the file name, for inline data
	 * @param fileData the base64 data, for inline data
	 * @param fileId the ID of an uploaded file
	 */
	record FileData(@Nullable String filename, @Nullable String fileData, @Nullable String fileId) {

	}

	/**
	 * A prompt cache breakpoint, {@code {"mode": "explicit"}}.
	 *
	 * @param mode always {@code explicit}
	 */
	record CacheBreakpoint(String mode) {

	}

	/**
	 * The detail level of an image.
	 */
	enum ImageDetail {

		/** Chosen by the model. */
		AUTO,

		/** Low fidelity, fewer tokens. */
		LOW,

		/** High fidelity. */
		HIGH

	}

	/**
	 * The format of input audio.
	 */
	enum AudioFormat {

		/** WAV. */
		WAV,

		/** MP3. */
		MP3

	}

}
