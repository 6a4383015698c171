package dev.integrations.openai.audio;

import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireTypeNames;
import org.jspecify.annotations.Nullable;

/**
 * An event of speech streamed as server-sent events ({@code stream_format=sse}), told apart by {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = SpeechStreamEvent.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(SpeechStreamEvent.AudioDelta.class),
		@JsonSubTypes.Type(SpeechStreamEvent.AudioDone.class) })
public sealed interface SpeechStreamEvent {

	/** @return the event type, such as {@code speech.audio.delta} */
	default String type() {
		return WireTypeNames.of(this);
	}

	/**
	 * A chunk of audio ({@code speech.audio.delta}).
	 *
	 * @param audio the audio chunk, base64-encoded
	 */
	@JsonTypeName("speech.audio.delta")
	record AudioDelta(String audio) implements SpeechStreamEvent {

		/** @return the audio chunk, decoded */
		public byte[] audioBytes() {
			return Base64.getDecoder().decode(this.audio);
		}

	}

	/**
	 * The end of the audio, with usage ({@code speech.audio.done}).
	 *
	 * @param usage the tokens used
	 */
	@JsonTypeName("speech.audio.done")
	record AudioDone(@Nullable SpeechUsage usage) implements SpeechStreamEvent, ModelResponse {

		/** @return {@code null}: the event does not name the model */
		@Override
		public @Nullable String model() {
			return null;
		}

		@Override
		public @Nullable TokenUsage tokenUsage() {
			return (this.usage != null) ? new TokenUsage(this.usage.inputTokens(), this.usage.outputTokens()) : null;
		}

	}

	/**
	 * An event type this client does not know yet, with every field as read.
	 *
	 * @param type the event type
	 * @param fields the other fields, as read, written back unchanged
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements SpeechStreamEvent {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
