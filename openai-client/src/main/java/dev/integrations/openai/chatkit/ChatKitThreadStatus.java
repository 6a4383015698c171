package dev.integrations.openai.chatkit;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireTypeNames;
import org.jspecify.annotations.Nullable;

/**
 * The status of a {@link ChatKitThread}: active, locked (no new input) or closed, the last two with a reason. A
 * status this client does not know reads as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ChatKitThreadStatus.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ChatKitThreadStatus.Active.class),
		@JsonSubTypes.Type(ChatKitThreadStatus.Locked.class), @JsonSubTypes.Type(ChatKitThreadStatus.Closed.class) })
public sealed interface ChatKitThreadStatus {

	/** @return the wire type, such as {@code active} */
	default String type() {
		return WireTypeNames.of(this);
	}

	/** The thread accepts input ({@code active}). */
	@JsonTypeName("active")
	record Active() implements ChatKitThreadStatus {

	}

	/**
	 * The thread is locked and accepts no new input ({@code locked}).
	 *
	 * @param reason why, or {@code null} when no reason was recorded
	 */
	@JsonTypeName("locked")
	record Locked(@Nullable String reason) implements ChatKitThreadStatus {

	}

	/**
	 * The thread is closed ({@code closed}).
	 *
	 * @param reason why, or {@code null} when no reason was recorded
	 */
	@JsonTypeName("closed")
	record Closed(@Nullable String reason) implements ChatKitThreadStatus {

	}

	/**
	 * A status this client does not know yet.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read, written back unchanged
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ChatKitThreadStatus {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
