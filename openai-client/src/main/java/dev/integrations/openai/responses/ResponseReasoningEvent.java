package dev.integrations.openai.responses;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ResponseStreamEvent}s of a reasoning item: its summary parts and their text, and its reasoning text,
 * added piece by piece and then complete.
 */
public sealed interface ResponseReasoningEvent extends ResponseStreamEvent {

	/** @return the reasoning output item */
	String itemId();

	/** @return the index of the output item */
	int outputIndex();

	/**
	 * A reasoning summary part was added ({@code response.reasoning_summary_part.added}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param summaryIndex the index of the summary part
	 * @param part the part, still empty
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.reasoning_summary_part.added")
	record ReasoningSummaryPartAdded(String itemId, int outputIndex, int summaryIndex, ContentPart.SummaryText part,
			long sequenceNumber) implements ResponseReasoningEvent {

	}

	/**
	 * A reasoning summary part is complete ({@code response.reasoning_summary_part.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param summaryIndex the index of the summary part
	 * @param part the complete part
	 * @param status {@code incomplete} when the part was cut short, otherwise absent
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.reasoning_summary_part.done")
	record ReasoningSummaryPartDone(String itemId, int outputIndex, int summaryIndex, ContentPart.SummaryText part,
			@Nullable String status, long sequenceNumber) implements ResponseReasoningEvent {

	}

	/**
	 * A piece of a reasoning summary ({@code response.reasoning_summary_text.delta}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param summaryIndex the index of the summary part
	 * @param delta the text to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.reasoning_summary_text.delta")
	record ReasoningSummaryTextDelta(String itemId, int outputIndex, int summaryIndex, String delta,
			long sequenceNumber) implements ResponseReasoningEvent {

	}

	/**
	 * A reasoning summary text is complete ({@code response.reasoning_summary_text.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param summaryIndex the index of the summary part
	 * @param fullText the whole text ({@code text}; {@link ResponseStreamEvent#text()} is empty, as this event adds none)
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.reasoning_summary_text.done")
	record ReasoningSummaryTextDone(String itemId, int outputIndex, int summaryIndex,
			@JsonProperty("text") String fullText, long sequenceNumber) implements ResponseReasoningEvent {

	}

	/**
	 * A piece of reasoning text ({@code response.reasoning_text.delta}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param delta the text to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.reasoning_text.delta")
	record ReasoningTextDelta(String itemId, int outputIndex, int contentIndex, String delta,
			long sequenceNumber) implements ResponseReasoningEvent {

	}

	/**
	 * A reasoning text part is complete ({@code response.reasoning_text.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param fullText the whole text ({@code text}; {@link ResponseStreamEvent#text()} is empty, as this event adds none)
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.reasoning_text.done")
	record ReasoningTextDone(String itemId, int outputIndex, int contentIndex,
			@JsonProperty("text") String fullText, long sequenceNumber) implements ResponseReasoningEvent {

	}

}
