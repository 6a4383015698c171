package dev.integrations.openai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An event of a streamed response, by its {@code type}. Lifecycle events ({@link ResponseLifecycleEvent}: created,
 * queued, in progress, completed, failed, incomplete) carry the whole {@link Response}; the others describe one
 * change to one output item. Event types this client does not model are read as {@link Unknown}. An {@code error}
 * event ends the stream with an {@link dev.integrations.openai.errors.OpenAIStreamException}.
 *
 * <pre>{@code
 * service.streamAsync(request).map(ResponseStreamEvent::text).subscribe(System.out::print);
 * service.streamTextAsync(request).subscribe(System.out::print); // the same, without the empty strings
 * }</pre>
 */
@JsonDeserialize(using = WireUnions.Events.class)
public sealed interface ResponseStreamEvent permits ResponseLifecycleEvent, ResponseStreamEvent.OutputItemAdded,
		ResponseStreamEvent.OutputItemDone, ResponseStreamEvent.ContentPartAdded, ResponseStreamEvent.ContentPartDone,
		ResponseStreamEvent.OutputTextDelta, ResponseStreamEvent.OutputTextDone,
		ResponseStreamEvent.OutputTextAnnotationAdded, ResponseStreamEvent.RefusalDelta,
				ResponseStreamEvent.RefusalDone,
		ResponseStreamEvent.FunctionCallArgumentsDelta, ResponseStreamEvent.FunctionCallArgumentsDone,
		ResponseStreamEvent.ReasoningSummaryTextDelta, ResponseStreamEvent.ReasoningSummaryTextDone,
		ResponseStreamEvent.ReasoningTextDelta, ResponseStreamEvent.ReasoningTextDone,
		ResponseStreamEvent.ToolCallProgress, ResponseStreamEvent.Error, ResponseStreamEvent.Unknown {

	/** @return the event type, such as {@code response.output_text.delta} */
	String type();

	/** @return the position of this event in the stream, from the API */
	long sequenceNumber();

	/**
	 * The output text this event adds.
	 * @return the {@code delta} of a {@link OutputTextDelta}, {@code ""} for every other event
	 */
	default String text() {
		return "";
	}

	/**
	 * An output item was added; its content follows in later events.
	 *
	 * @param outputIndex the index of the output item
	 * @param item the item, still in progress
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record OutputItemAdded(int outputIndex, ResponseItem item, long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.output_item.added";
		}

	}

	/**
	 * An output item is complete.
	 *
	 * @param outputIndex the index of the output item
	 * @param item the complete item
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record OutputItemDone(int outputIndex, ResponseItem item, long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.output_item.done";
		}

	}

	/**
	 * A content part was added to a message.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param part the part, still empty
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ContentPartAdded(String itemId, int outputIndex, int contentIndex, ContentPart part,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.content_part.added";
		}

	}

	/**
	 * A content part is complete.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param part the complete part
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ContentPartDone(String itemId, int outputIndex, int contentIndex, ContentPart part,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.content_part.done";
		}

	}

	/**
	 * A piece of output text.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param delta the text to append
	 * @param logprobs the log probabilities of its tokens, when requested
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record OutputTextDelta(String itemId, int outputIndex, int contentIndex, String delta,
			@Nullable List<OutputTextLogprob> logprobs, long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.output_text.delta";
		}

		@Override
		public String text() {
			return this.delta;
		}

	}

	/**
	 * An output text part is complete.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param text the whole text
	 * @param logprobs the log probabilities of its tokens, when requested
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record OutputTextDone(String itemId, int outputIndex, int contentIndex, String text,
			@Nullable List<OutputTextLogprob> logprobs, long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.output_text.done";
		}

	}

	/**
	 * An annotation (a citation) was added to output text.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param annotationIndex the index of the annotation
	 * @param annotation the annotation
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record OutputTextAnnotationAdded(String itemId, int outputIndex, int contentIndex, int annotationIndex,
			TextAnnotation annotation, long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.output_text.annotation.added";
		}

	}

	/**
	 * A piece of a refusal.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param delta the text to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record RefusalDelta(String itemId, int outputIndex, int contentIndex, String delta,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.refusal.delta";
		}

	}

	/**
	 * A refusal is complete.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param refusal the whole refusal
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record RefusalDone(String itemId, int outputIndex, int contentIndex, String refusal,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.refusal.done";
		}

	}

	/**
	 * A piece of a function call's arguments.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param delta the JSON text to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record FunctionCallArgumentsDelta(String itemId, int outputIndex, String delta,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.function_call_arguments.delta";
		}

	}

	/**
	 * A function call's arguments are complete.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param name the function name
	 * @param arguments the whole arguments, as JSON text
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record FunctionCallArgumentsDone(String itemId, int outputIndex, @Nullable String name, String arguments,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.function_call_arguments.done";
		}

	}

	/**
	 * A piece of a reasoning summary.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param summaryIndex the index of the summary part
	 * @param delta the text to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ReasoningSummaryTextDelta(String itemId, int outputIndex, int summaryIndex, String delta,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.reasoning_summary_text.delta";
		}

	}

	/**
	 * A reasoning summary part is complete.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param summaryIndex the index of the summary part
	 * @param text the whole text
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ReasoningSummaryTextDone(String itemId, int outputIndex, int summaryIndex, String text,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.reasoning_summary_text.done";
		}

	}

	/**
	 * A piece of reasoning text.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param delta the text to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ReasoningTextDelta(String itemId, int outputIndex, int contentIndex, String delta,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.reasoning_text.delta";
		}

	}

	/**
	 * A reasoning text part is complete.
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param text the whole text
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ReasoningTextDone(String itemId, int outputIndex, int contentIndex, String text,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "response.reasoning_text.done";
		}

	}

	/**
	 * Progress of a built-in tool call: {@code response.file_search_call.*} and {@code response.web_search_call.*}
	 * ({@code in_progress}, {@code searching}, {@code completed}).
	 *
	 * @param type the event type
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record ToolCallProgress(String type, String itemId, int outputIndex,
			long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * An error reported inside the stream's data (the API usually sends it as an {@code error} event, which ends the
	 * stream with an exception instead).
	 *
	 * @param code the error code
	 * @param message the description
	 * @param param the parameter at fault
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Error(@Nullable String code, String message, @Nullable String param,
			long sequenceNumber) implements ResponseStreamEvent {

		@Override
		public String type() {
			return "error";
		}

	}

	/**
	 * An event of a type this client does not model, kept as raw JSON.
	 *
	 * @param type the event type
	 * @param raw the whole event object
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Unknown(String type, @JsonValue JsonNode raw) implements ResponseStreamEvent {

		@Override
		public long sequenceNumber() {
			return this.raw.path("sequence_number").asLong(-1);
		}

	}

}
