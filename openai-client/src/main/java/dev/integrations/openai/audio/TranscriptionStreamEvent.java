package dev.integrations.openai.audio;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.internal.WireTypeNames;
import org.jspecify.annotations.Nullable;

/**
 * An event of a streamed transcription ({@code stream=true}), told apart by {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = TranscriptionStreamEvent.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(TranscriptionStreamEvent.TextDelta.class),
		@JsonSubTypes.Type(TranscriptionStreamEvent.TextDone.class),
		@JsonSubTypes.Type(TranscriptionStreamEvent.TextSegment.class) })
public sealed interface TranscriptionStreamEvent {

	/** @return the event type, such as {@code transcript.text.delta} */
	default String type() {
		return WireTypeNames.of(this);
	}

	/**
	 * More transcribed text ({@code transcript.text.delta}).
	 *
	 * @param delta the new text
	 * @param logprobs the log probabilities of the delta ({@code include[]=logprobs})
	 * @param segmentId the diarized segment the delta belongs to ({@code gpt-4o-transcribe-diarize})
	 */
	@JsonTypeName("transcript.text.delta")
	record TextDelta(String delta, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TokenLogprob> logprobs,
			@Nullable String segmentId) implements TranscriptionStreamEvent {

		/**
		 * Reads missing log probabilities as an empty list.
		 */
		public TextDelta {
			logprobs = WireLists.copyOf(logprobs);
		}

	}

	/**
	 * The complete transcription ({@code transcript.text.done}).
	 *
	 * @param text the whole text
	 * @param languages languages detected ({@code gpt-transcribe})
	 * @param logprobs the log probabilities of the text ({@code include[]=logprobs})
	 * @param usage the tokens used
	 */
	@JsonTypeName("transcript.text.done")
	record TextDone(String text, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TranscriptionLanguage> languages,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<TokenLogprob> logprobs,
			@Nullable TranscriptionUsage usage) implements TranscriptionStreamEvent, ModelResponse {

		/**
		 * Reads missing languages and log probabilities as empty lists.
		 */
		public TextDone {
			languages = WireLists.copyOf(languages);
			logprobs = WireLists.copyOf(logprobs);
		}

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
	 * @param id the segment ID
	 * @param start its start, in seconds
	 * @param end its end, in seconds
	 * @param text its text
	 * @param speaker its speaker
	 */
	@JsonTypeName("transcript.text.segment")
	record TextSegment(String id, double start, double end, String text, String speaker)
			implements TranscriptionStreamEvent {

	}

	/**
	 * An event type this client does not know yet, with every field as read.
	 *
	 * @param type the event type
	 * @param fields the other fields, as read, written back unchanged
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements TranscriptionStreamEvent {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
