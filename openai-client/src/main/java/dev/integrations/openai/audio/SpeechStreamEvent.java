package dev.integrations.openai.audio;

import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * An event of speech streamed as server-sent events ({@code stream_format=sse}), told apart by {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = SpeechStreamEvent.Other.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = SpeechStreamEvent.AudioDelta.class, name = "speech.audio.delta"),
		@JsonSubTypes.Type(value = SpeechStreamEvent.AudioDone.class, name = "speech.audio.done") })
public sealed interface SpeechStreamEvent {

	/** @return the event type, such as {@code speech.audio.delta} */
	String type();

	/**
	 * A chunk of audio ({@code speech.audio.delta}).
	 *
	 * @param type always {@code speech.audio.delta}
	 * @param audio the audio chunk, base64-encoded
	 */
	record AudioDelta(String type, String audio) implements SpeechStreamEvent {

		/** @return the audio chunk, decoded */
		public byte[] audioBytes() {
			return Base64.getDecoder().decode(this.audio);
		}

	}

	/**
	 * The end of the audio, with usage ({@code speech.audio.done}).
	 *
	 * @param type always {@code speech.audio.done}
	 * @param usage the tokens used
	 */
	record AudioDone(String type, @Nullable SpeechUsage usage) implements SpeechStreamEvent, ModelResponse {

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
	 * An event type this client does not know yet.
	 *
	 * @param type the event type
	 */
	record Other(String type) implements SpeechStreamEvent {

	}

}
