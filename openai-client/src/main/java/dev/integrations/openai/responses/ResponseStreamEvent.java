package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * An event of a streamed response, by its {@code type}. Lifecycle events ({@link ResponseLifecycleEvent}: created,
 * queued, in progress, completed, failed, incomplete) carry the whole {@link Response}; the others describe one
 * change to one output item: items and content parts added and done, text, refusal, reasoning, audio and function
 * call argument deltas, and the progress of built-in tool calls ({@link ResponseToolCallEvent}). An event type added
 * after this client is read as {@link Unknown}. An {@code error} event ends the stream with an
 * {@link dev.integrations.openai.errors.OpenAIStreamException}. {@link ResponseAccumulator} turns the events back
 * into the final {@link Response}.
 *
 * <pre>{@code
 * service.streamAsync(request).map(ResponseStreamEvent::text).subscribe(System.out::print);
 * service.streamTextAsync(request).subscribe(System.out::print); // the same, without the empty strings
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ResponseStreamEvent.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ResponseLifecycleEvent.Created.class),
		@JsonSubTypes.Type(ResponseLifecycleEvent.Queued.class),
		@JsonSubTypes.Type(ResponseLifecycleEvent.InProgress.class),
		@JsonSubTypes.Type(ResponseLifecycleEvent.Completed.class),
		@JsonSubTypes.Type(ResponseLifecycleEvent.Failed.class),
		@JsonSubTypes.Type(ResponseLifecycleEvent.Incomplete.class),
		@JsonSubTypes.Type(ResponseStreamEvent.OutputItemAdded.class),
		@JsonSubTypes.Type(ResponseStreamEvent.OutputItemDone.class),
		@JsonSubTypes.Type(ResponseStreamEvent.ContentPartAdded.class),
		@JsonSubTypes.Type(ResponseStreamEvent.ContentPartDone.class),
		@JsonSubTypes.Type(ResponseStreamEvent.OutputTextDelta.class),
		@JsonSubTypes.Type(ResponseStreamEvent.OutputTextDone.class),
		@JsonSubTypes.Type(ResponseStreamEvent.OutputTextAnnotationAdded.class),
		@JsonSubTypes.Type(ResponseStreamEvent.RefusalDelta.class),
		@JsonSubTypes.Type(ResponseStreamEvent.RefusalDone.class),
		@JsonSubTypes.Type(ResponseStreamEvent.FunctionCallArgumentsDelta.class),
		@JsonSubTypes.Type(ResponseStreamEvent.FunctionCallArgumentsDone.class),
		@JsonSubTypes.Type(ResponseReasoningEvent.ReasoningSummaryPartAdded.class),
		@JsonSubTypes.Type(ResponseReasoningEvent.ReasoningSummaryPartDone.class),
		@JsonSubTypes.Type(ResponseReasoningEvent.ReasoningSummaryTextDelta.class),
		@JsonSubTypes.Type(ResponseReasoningEvent.ReasoningSummaryTextDone.class),
		@JsonSubTypes.Type(ResponseReasoningEvent.ReasoningTextDelta.class),
		@JsonSubTypes.Type(ResponseReasoningEvent.ReasoningTextDone.class),
		@JsonSubTypes.Type(ResponseStreamEvent.AudioDelta.class),
		@JsonSubTypes.Type(ResponseStreamEvent.AudioTranscriptDelta.class),
		@JsonSubTypes.Type(value = ResponseStreamEvent.AudioDone.class,
				names = { "response.audio.done", "response.audio.transcript.done" }),
		@JsonSubTypes.Type(ResponseStreamEvent.Error.class),
		@JsonSubTypes.Type(value = ResponseToolCallEvent.ToolCallProgress.class,
				names = { "response.file_search_call.in_progress", "response.file_search_call.searching",
						"response.file_search_call.completed", "response.web_search_call.in_progress",
						"response.web_search_call.searching", "response.web_search_call.completed",
						"response.code_interpreter_call.in_progress", "response.code_interpreter_call.interpreting",
						"response.code_interpreter_call.completed", "response.image_generation_call.in_progress",
						"response.image_generation_call.generating", "response.image_generation_call.completed",
						"response.mcp_call.in_progress", "response.mcp_call.completed", "response.mcp_call.failed",
						"response.mcp_list_tools.in_progress", "response.mcp_list_tools.completed",
						"response.mcp_list_tools.failed" }),
		@JsonSubTypes.Type(ResponseToolCallEvent.CodeInterpreterCallCodeDelta.class),
		@JsonSubTypes.Type(ResponseToolCallEvent.CodeInterpreterCallCodeDone.class),
		@JsonSubTypes.Type(ResponseToolCallEvent.ImageGenerationCallPartialImage.class),
		@JsonSubTypes.Type(ResponseToolCallEvent.McpCallArgumentsDelta.class),
		@JsonSubTypes.Type(ResponseToolCallEvent.McpCallArgumentsDone.class),
		@JsonSubTypes.Type(ResponseToolCallEvent.CustomToolCallInputDelta.class),
		@JsonSubTypes.Type(ResponseToolCallEvent.CustomToolCallInputDone.class),
		@JsonSubTypes.Type(value = ResponseToolCallEvent.ShellCallCommand.class,
				names = { "response.shell_call_command.added", "response.shell_call_command.done" }),
		@JsonSubTypes.Type(ResponseToolCallEvent.ShellCallCommandDelta.class),
		@JsonSubTypes.Type(ResponseToolCallEvent.ShellCallOutputContentDelta.class),
		@JsonSubTypes.Type(ResponseToolCallEvent.ShellCallOutputContentDone.class) })
public sealed interface ResponseStreamEvent permits ResponseLifecycleEvent, ResponseToolCallEvent,
		ResponseReasoningEvent, ResponseStreamEvent.OutputItemAdded, ResponseStreamEvent.OutputItemDone,
		ResponseStreamEvent.ContentPartAdded, ResponseStreamEvent.ContentPartDone, ResponseStreamEvent.OutputTextDelta,
		ResponseStreamEvent.OutputTextDone, ResponseStreamEvent.OutputTextAnnotationAdded,
		ResponseStreamEvent.RefusalDelta, ResponseStreamEvent.RefusalDone,
		ResponseStreamEvent.FunctionCallArgumentsDelta, ResponseStreamEvent.FunctionCallArgumentsDone,
		ResponseStreamEvent.AudioDelta, ResponseStreamEvent.AudioTranscriptDelta, ResponseStreamEvent.AudioDone,
		ResponseStreamEvent.Error, ResponseStreamEvent.Unknown {

	/** @return the event type, such as {@code response.output_text.delta} */
	default String type() {
		return WireTypeNames.of(this);
	}

	/** @return the position of this event in the stream, from the API */
	long sequenceNumber();

	/**
	 * The output text this event adds (the done events carry the whole text as {@code fullText()}).
	 * @return the {@code delta} of a {@link OutputTextDelta}, {@code ""} for every other event
	 */
	default String text() {
		return "";
	}

	/**
	 * An output item was added; its content follows in later events ({@code response.output_item.added}).
	 *
	 * @param outputIndex the index of the output item
	 * @param item the item, still in progress
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.output_item.added")
	record OutputItemAdded(int outputIndex, ResponseItem item, long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * An output item is complete ({@code response.output_item.done}).
	 *
	 * @param outputIndex the index of the output item
	 * @param item the complete item
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.output_item.done")
	record OutputItemDone(int outputIndex, ResponseItem item, long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * A content part was added to a message ({@code response.content_part.added}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param part the part, still empty
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.content_part.added")
	record ContentPartAdded(String itemId, int outputIndex, int contentIndex, ContentPart part,
			long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * A content part is complete ({@code response.content_part.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param part the complete part
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.content_part.done")
	record ContentPartDone(String itemId, int outputIndex, int contentIndex, ContentPart part,
			long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * A piece of output text ({@code response.output_text.delta}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param delta the text to append
	 * @param logprobs the log probabilities of its tokens, when requested
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.output_text.delta")
	record OutputTextDelta(String itemId, int outputIndex, int contentIndex, String delta,
			List<ResponseLogProb> logprobs, long sequenceNumber) implements ResponseStreamEvent {

		/**
		 * Normalizes missing log probabilities to an empty list.
		 */
		public OutputTextDelta {
			logprobs = WireLists.copyOf(logprobs);
		}

		@Override
		public String text() {
			return this.delta;
		}

	}

	/**
	 * An output text part is complete ({@code response.output_text.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param fullText the whole text ({@code text}; {@link #text()} is empty, as this event adds none)
	 * @param logprobs the log probabilities of its tokens, when requested
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.output_text.done")
	record OutputTextDone(String itemId, int outputIndex, int contentIndex, @JsonProperty("text") String fullText,
			List<ResponseLogProb> logprobs, long sequenceNumber) implements ResponseStreamEvent {

		/**
		 * Normalizes missing log probabilities to an empty list.
		 */
		public OutputTextDone {
			logprobs = WireLists.copyOf(logprobs);
		}

	}

	/**
	 * An annotation (a citation) was added to output text ({@code response.output_text.annotation.added}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param annotationIndex the index of the annotation
	 * @param annotation the annotation
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.output_text.annotation.added")
	record OutputTextAnnotationAdded(String itemId, int outputIndex, int contentIndex, int annotationIndex,
			@Nullable TextAnnotation annotation, long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * A piece of a refusal ({@code response.refusal.delta}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param delta the text to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.refusal.delta")
	record RefusalDelta(String itemId, int outputIndex, int contentIndex, String delta,
			long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * A refusal is complete ({@code response.refusal.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param contentIndex the index of the content part
	 * @param refusal the whole refusal
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.refusal.done")
	record RefusalDone(String itemId, int outputIndex, int contentIndex, String refusal,
			long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * A piece of a function call's arguments ({@code response.function_call_arguments.delta}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param delta the JSON text to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.function_call_arguments.delta")
	record FunctionCallArgumentsDelta(String itemId, int outputIndex, String delta,
			long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * A function call's arguments are complete ({@code response.function_call_arguments.done}).
	 *
	 * @param itemId the output item
	 * @param outputIndex the index of the output item
	 * @param name the function name
	 * @param arguments the whole arguments, as JSON text
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.function_call_arguments.done")
	record FunctionCallArgumentsDone(String itemId, int outputIndex, @Nullable String name, String arguments,
			long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * A piece of output audio, base64 encoded ({@code response.audio.delta}).
	 *
	 * @param delta the audio bytes to append, base64 encoded
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.audio.delta")
	record AudioDelta(String delta, long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * A piece of the transcript of output audio ({@code response.audio.transcript.delta}).
	 *
	 * @param delta the text to append
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.audio.transcript.delta")
	record AudioTranscriptDelta(String delta, long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * The output audio or its transcript is complete ({@code response.audio.done},
	 * {@code response.audio.transcript.done}).
	 *
	 * @param type the event type
	 * @param sequenceNumber the position of the event in the stream
	 */
	record AudioDone(@JsonTypeId String type, long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * An error reported inside the stream ({@code error}); the client ends the stream with an exception instead
	 * of emitting it, so it is seen only where events are decoded directly.
	 *
	 * @param code the error code
	 * @param message the description
	 * @param param the parameter at fault
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("error")
	record Error(@Nullable String code, String message, @Nullable String param,
			long sequenceNumber) implements ResponseStreamEvent {

	}

	/**
	 * An event of a type added after this client, read without failing; its fields are kept as read.
	 *
	 * @param type the event type
	 * @param fields the other fields of the event
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ResponseStreamEvent {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

		@Override
		public long sequenceNumber() {
			return (this.fields.get("sequence_number") instanceof Number number) ? number.longValue() : -1;
		}

	}

}
