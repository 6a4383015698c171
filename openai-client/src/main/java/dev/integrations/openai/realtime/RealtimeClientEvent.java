package dev.integrations.openai.realtime;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event a client sends on a Realtime session: one record per client event of the OpenAPI spec's
 * {@code RealtimeClientEvent}, written with its {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
		@JsonSubTypes.Type(value = SessionUpdate.class, name = SessionUpdate.TYPE),
		@JsonSubTypes.Type(value = InputAudioBufferAppend.class, name = InputAudioBufferAppend.TYPE),
		@JsonSubTypes.Type(value = InputAudioBufferCommit.class, name = InputAudioBufferCommit.TYPE),
		@JsonSubTypes.Type(value = InputAudioBufferClear.class, name = InputAudioBufferClear.TYPE),
		@JsonSubTypes.Type(value = OutputAudioBufferClear.class, name = OutputAudioBufferClear.TYPE),
		@JsonSubTypes.Type(value = ConversationItemCreate.class, name = ConversationItemCreate.TYPE),
		@JsonSubTypes.Type(value = ConversationItemRetrieve.class, name = ConversationItemRetrieve.TYPE),
		@JsonSubTypes.Type(value = ConversationItemTruncate.class, name = ConversationItemTruncate.TYPE),
		@JsonSubTypes.Type(value = ConversationItemDelete.class, name = ConversationItemDelete.TYPE),
		@JsonSubTypes.Type(value = ResponseCreate.class, name = ResponseCreate.TYPE),
		@JsonSubTypes.Type(value = ResponseCancel.class, name = ResponseCancel.TYPE) })
public sealed interface RealtimeClientEvent permits SessionUpdate, InputAudioBufferAppend, InputAudioBufferCommit, InputAudioBufferClear, OutputAudioBufferClear, ConversationItemCreate, ConversationItemRetrieve, ConversationItemTruncate, ConversationItemDelete, ResponseCreate, ResponseCancel {

	/** @return the event type, such as {@code session.update} */
	String type();

}
