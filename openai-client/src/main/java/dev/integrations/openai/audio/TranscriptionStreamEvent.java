package dev.integrations.openai.audio;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * An event of a streamed transcription ({@code stream=true}), told apart by {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = TranscriptionStreamEvent.Other.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = TranscriptionStreamEvent.TextDelta.class, name = "transcript.text.delta"),
		@JsonSubTypes.Type(value = TranscriptionStreamEvent.TextDone.class, name = "transcript.text.done"),
		@JsonSubTypes.Type(value = TranscriptionStreamEvent.TextSegment.class, name = "transcript.text.segment") })
public sealed interface TranscriptionStreamEvent {

	/** @return the event type, such as {@code transcript.text.delta} */
	String type();

	/**
	 * More transcribed text ({@code transcript.text.delta}).
	 *
	 * @param type always {@code transcript.text.delta}
	 * @param delta the new text
	 * @param logprobs the log probabilities of the delta ({@code include[]=logprobs})
	 * @param segmentId the diarized segment the delta belongs to ({@code gpt-4o-transcribe-diarize})
	 */
	record TextDelta(String type, String delta, @Nullable List<TokenLogprob> logprobs,
			@Nullable String segmentId) implements TranscriptionStreamEvent {

	}

	/**
	 * The complete transcription ({@code transcript.text.done}).
	 *
	 * @param type always {@code transcript.text.done}
	 * @param text the whole text
	 * @param languages languages detected ({@code gpt-transcribe})
	 * @param logprobs the log probabilities of the text ({@code include[]=logprobs})
	 * @param usage the tokens used
	 */
	record TextDone(String type, String text, @Nullable List<TranscriptionLanguage> languages,
			@Nullable List<TokenLogprob> logprobs, @Nullable TranscriptionUsage usage)
			implements TranscriptionStreamEvent, ModelResponse {

		/** @return {@code null}: the event does not name the model */
		@Override
		public @Nullable String model() {
			return null;
		}

		@Override
		public @Nullable TokenUsage tokenUsage() {
			return (this.usage != null) ? this.usage.toTokenUsage() : null;
		}

	}

	/**
	 * A completed speaker segment of a diarized transcription ({@code transcript.text.segment}).
	 *
	 * @param type always {@code transcript.text.segment}
	 * @param id the segment ID
	 * @param start its start, in seconds
	 * @param end its end, in seconds
	 * @param text its text
	 * @param speaker its speaker
	 */
	record TextSegment(String type, String id, double start, double end, String text, String speaker)
			implements TranscriptionStreamEvent {

	}

	/**
	 * An event type this client does not know yet.
	 *
	 * @param type the event type
	 */
	record Other(String type) implements TranscriptionStreamEvent {

	}

}
