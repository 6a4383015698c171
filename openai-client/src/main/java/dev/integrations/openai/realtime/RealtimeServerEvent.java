package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event the server sends on a Realtime session, selected by its {@code type}: one record per server event of the
 * OpenAPI spec's {@code RealtimeServerEvent} (such as {@link RealtimeResponseAudioDeltaEvent} for
 * {@code response.output_audio.delta}, {@link RealtimeResponseDoneEvent}, {@link RealtimeErrorEvent}), or
 * {@link UnknownRealtimeServerEvent}, holding every field, for a type this client does not know yet.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = UnknownRealtimeServerEvent.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = RealtimeConversationCreatedEvent.class, name = "conversation.created"),
		@JsonSubTypes.Type(value = RealtimeConversationItemCreatedEvent.class, name = "conversation.item.created"),
		@JsonSubTypes.Type(value = RealtimeConversationItemDeletedEvent.class, name = "conversation.item.deleted"),
		@JsonSubTypes.Type(value = RealtimeConversationItemInputAudioTranscriptionCompletedEvent.class, name = "conversation.item.input_audio_transcription.completed"),
		@JsonSubTypes.Type(value = RealtimeConversationItemInputAudioTranscriptionDeltaEvent.class, name = "conversation.item.input_audio_transcription.delta"),
		@JsonSubTypes.Type(value = RealtimeConversationItemInputAudioTranscriptionFailedEvent.class, name = "conversation.item.input_audio_transcription.failed"),
		@JsonSubTypes.Type(value = RealtimeConversationItemRetrievedEvent.class, name = "conversation.item.retrieved"),
		@JsonSubTypes.Type(value = RealtimeConversationItemTruncatedEvent.class, name = "conversation.item.truncated"),
		@JsonSubTypes.Type(value = RealtimeErrorEvent.class, name = "error"),
		@JsonSubTypes.Type(value = RealtimeInputAudioBufferClearedEvent.class, name = "input_audio_buffer.cleared"),
		@JsonSubTypes.Type(value = RealtimeInputAudioBufferCommittedEvent.class, name = "input_audio_buffer.committed"),
		@JsonSubTypes.Type(value = RealtimeInputAudioBufferDtmfEventReceivedEvent.class, name = "input_audio_buffer.dtmf_event_received"),
		@JsonSubTypes.Type(value = RealtimeInputAudioBufferSpeechStartedEvent.class, name = "input_audio_buffer.speech_started"),
		@JsonSubTypes.Type(value = RealtimeInputAudioBufferSpeechStoppedEvent.class, name = "input_audio_buffer.speech_stopped"),
		@JsonSubTypes.Type(value = RealtimeRateLimitsUpdatedEvent.class, name = "rate_limits.updated"),
		@JsonSubTypes.Type(value = RealtimeResponseAudioDeltaEvent.class, name = "response.output_audio.delta"),
		@JsonSubTypes.Type(value = RealtimeResponseAudioDoneEvent.class, name = "response.output_audio.done"),
		@JsonSubTypes.Type(value = RealtimeResponseAudioTranscriptDeltaEvent.class, name = "response.output_audio_transcript.delta"),
		@JsonSubTypes.Type(value = RealtimeResponseAudioTranscriptDoneEvent.class, name = "response.output_audio_transcript.done"),
		@JsonSubTypes.Type(value = RealtimeResponseContentPartAddedEvent.class, name = "response.content_part.added"),
		@JsonSubTypes.Type(value = RealtimeResponseContentPartDoneEvent.class, name = "response.content_part.done"),
		@JsonSubTypes.Type(value = RealtimeResponseCreatedEvent.class, name = "response.created"),
		@JsonSubTypes.Type(value = RealtimeResponseDoneEvent.class, name = "response.done"),
		@JsonSubTypes.Type(value = RealtimeResponseFunctionCallArgumentsDeltaEvent.class, name = "response.function_call_arguments.delta"),
		@JsonSubTypes.Type(value = RealtimeResponseFunctionCallArgumentsDoneEvent.class, name = "response.function_call_arguments.done"),
		@JsonSubTypes.Type(value = RealtimeResponseOutputItemAddedEvent.class, name = "response.output_item.added"),
		@JsonSubTypes.Type(value = RealtimeResponseOutputItemDoneEvent.class, name = "response.output_item.done"),
		@JsonSubTypes.Type(value = RealtimeResponseTextDeltaEvent.class, name = "response.output_text.delta"),
		@JsonSubTypes.Type(value = RealtimeResponseTextDoneEvent.class, name = "response.output_text.done"),
		@JsonSubTypes.Type(value = RealtimeSessionCreatedEvent.class, name = "session.created"),
		@JsonSubTypes.Type(value = RealtimeSessionUpdatedEvent.class, name = "session.updated"),
		@JsonSubTypes.Type(value = RealtimeOutputAudioBufferStartedEvent.class, name = "output_audio_buffer.started"),
		@JsonSubTypes.Type(value = RealtimeOutputAudioBufferStoppedEvent.class, name = "output_audio_buffer.stopped"),
		@JsonSubTypes.Type(value = RealtimeOutputAudioBufferClearedEvent.class, name = "output_audio_buffer.cleared"),
		@JsonSubTypes.Type(value = RealtimeConversationItemAddedEvent.class, name = "conversation.item.added"),
		@JsonSubTypes.Type(value = RealtimeConversationItemDoneEvent.class, name = "conversation.item.done"),
		@JsonSubTypes.Type(value = RealtimeInputAudioBufferTimeoutTriggeredEvent.class, name = "input_audio_buffer.timeout_triggered"),
		@JsonSubTypes.Type(value = RealtimeConversationItemInputAudioTranscriptionSegmentEvent.class, name = "conversation.item.input_audio_transcription.segment"),
		@JsonSubTypes.Type(value = RealtimeMcpListToolsInProgressEvent.class, name = "mcp_list_tools.in_progress"),
		@JsonSubTypes.Type(value = RealtimeMcpListToolsCompletedEvent.class, name = "mcp_list_tools.completed"),
		@JsonSubTypes.Type(value = RealtimeMcpListToolsFailedEvent.class, name = "mcp_list_tools.failed"),
		@JsonSubTypes.Type(value = RealtimeResponseMcpCallArgumentsDeltaEvent.class, name = "response.mcp_call_arguments.delta"),
		@JsonSubTypes.Type(value = RealtimeResponseMcpCallArgumentsDoneEvent.class, name = "response.mcp_call_arguments.done"),
		@JsonSubTypes.Type(value = RealtimeResponseMcpCallInProgressEvent.class, name = "response.mcp_call.in_progress"),
		@JsonSubTypes.Type(value = RealtimeResponseMcpCallCompletedEvent.class, name = "response.mcp_call.completed"),
		@JsonSubTypes.Type(value = RealtimeResponseMcpCallFailedEvent.class, name = "response.mcp_call.failed") })
public sealed interface RealtimeServerEvent permits
		RealtimeConversationCreatedEvent, RealtimeConversationItemCreatedEvent, RealtimeConversationItemDeletedEvent,
		RealtimeConversationItemInputAudioTranscriptionCompletedEvent,
		RealtimeConversationItemInputAudioTranscriptionDeltaEvent,
		RealtimeConversationItemInputAudioTranscriptionFailedEvent, RealtimeConversationItemRetrievedEvent,
		RealtimeConversationItemTruncatedEvent, RealtimeErrorEvent, RealtimeInputAudioBufferClearedEvent,
		RealtimeInputAudioBufferCommittedEvent, RealtimeInputAudioBufferDtmfEventReceivedEvent,
		RealtimeInputAudioBufferSpeechStartedEvent, RealtimeInputAudioBufferSpeechStoppedEvent,
		RealtimeRateLimitsUpdatedEvent, RealtimeResponseAudioDeltaEvent, RealtimeResponseAudioDoneEvent,
		RealtimeResponseAudioTranscriptDeltaEvent, RealtimeResponseAudioTranscriptDoneEvent,
		RealtimeResponseContentPartAddedEvent, RealtimeResponseContentPartDoneEvent, RealtimeResponseCreatedEvent,
		RealtimeResponseDoneEvent, RealtimeResponseFunctionCallArgumentsDeltaEvent,
		RealtimeResponseFunctionCallArgumentsDoneEvent, RealtimeResponseOutputItemAddedEvent,
		RealtimeResponseOutputItemDoneEvent, RealtimeResponseTextDeltaEvent, RealtimeResponseTextDoneEvent,
		RealtimeSessionCreatedEvent, RealtimeSessionUpdatedEvent, RealtimeOutputAudioBufferStartedEvent,
		RealtimeOutputAudioBufferStoppedEvent, RealtimeOutputAudioBufferClearedEvent,
		RealtimeConversationItemAddedEvent, RealtimeConversationItemDoneEvent,
		RealtimeInputAudioBufferTimeoutTriggeredEvent, RealtimeConversationItemInputAudioTranscriptionSegmentEvent,
		RealtimeMcpListToolsInProgressEvent, RealtimeMcpListToolsCompletedEvent, RealtimeMcpListToolsFailedEvent,
		RealtimeResponseMcpCallArgumentsDeltaEvent, RealtimeResponseMcpCallArgumentsDoneEvent,
		RealtimeResponseMcpCallInProgressEvent, RealtimeResponseMcpCallCompletedEvent,
		RealtimeResponseMcpCallFailedEvent, UnknownRealtimeServerEvent {

	/** @return the event type, such as {@code response.output_audio.delta} */
	String type();

}
