package dev.integrations.openai.realtime;

import java.util.Base64;
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
 * A content part of a Realtime message item, selected by its {@code type}: text, audio (base64 PCM16 or the
 * session's format) or an image the user sends, text or audio the assistant answers, or {@link Unknown} for a type
 * added after the spec.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = RealtimeContentPart.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(RealtimeContentPart.InputText.class),
		@JsonSubTypes.Type(RealtimeContentPart.InputAudio.class),
		@JsonSubTypes.Type(RealtimeContentPart.InputImage.class),
		@JsonSubTypes.Type(RealtimeContentPart.OutputText.class),
		@JsonSubTypes.Type(RealtimeContentPart.OutputAudio.class) })
public sealed interface RealtimeContentPart {

	/**
	 * Text the user or system sends.
	 * @param text the text
	 * @return the part
	 */
	static InputText inputText(String text) {
		return new InputText(text);
	}

	/**
	 * Audio the user sends.
	 * @param audio the audio bytes in the session's input format, such as PCM16
	 * @return the part
	 */
	static InputAudio inputAudio(byte[] audio) {
		return new InputAudio(Base64.getEncoder().encodeToString(audio), null);
	}

	/**
	 * An image the user sends.
	 * @param imageUrl a data URL, such as {@code data:image/png;base64,...}
	 * @return the part
	 */
	static InputImage inputImage(String imageUrl) {
		return new InputImage(imageUrl, null);
	}

	/**
	 * Text ({@code input_text}).
	 *
	 * @param text the text
	 */
	@JsonTypeName("input_text")
	record InputText(@Nullable String text) implements RealtimeContentPart {

	}

	/**
	 * Audio the user sent ({@code input_audio}).
	 *
	 * @param audio the audio, base64
	 * @param transcript its transcript, when the server transcribed it
	 */
	@JsonTypeName("input_audio")
	record InputAudio(@Nullable String audio, @Nullable String transcript) implements RealtimeContentPart {

		/** @return the decoded audio, empty when there is none */
		public byte[] audioBytes() {
			return RealtimeContentPart.decode(this.audio);
		}

	}

	/**
	 * An image ({@code input_image}).
	 *
	 * @param imageUrl the image as a data URL
	 * @param detail {@code auto}, {@code low} or {@code high}
	 */
	@JsonTypeName("input_image")
	record InputImage(@Nullable String imageUrl, @Nullable String detail) implements RealtimeContentPart {

	}

	/**
	 * Text the assistant answered ({@code output_text}).
	 *
	 * @param text the text
	 */
	@JsonTypeName("output_text")
	record OutputText(@Nullable String text) implements RealtimeContentPart {

	}

	/**
	 * Audio the assistant answered ({@code output_audio}).
	 *
	 * @param audio the audio, base64
	 * @param transcript its transcript
	 */
	@JsonTypeName("output_audio")
	record OutputAudio(@Nullable String audio, @Nullable String transcript) implements RealtimeContentPart {

		/** @return the decoded audio, empty when there is none */
		public byte[] audioBytes() {
			return RealtimeContentPart.decode(this.audio);
		}

	}

	/**
	 * A part type this client does not know, kept as read and written back unchanged.
	 *
	 * @param type the part type
	 * @param fields its other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements RealtimeContentPart {

		/** Normalizes the fields. */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

	private static byte[] decode(@Nullable String base64) {
		return (base64 != null) ? Base64.getDecoder().decode(base64) : new byte[0];
	}

}
