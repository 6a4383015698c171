package dev.integrations.openai.responses;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;

/**
 * How a command of a shell call ended, by its {@code type}: it exited or timed out.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ShellOutcome.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ShellOutcome.Exit.class), @JsonSubTypes.Type(ShellOutcome.Timeout.class) })
public sealed interface ShellOutcome {

	/**
	 * The command exited ({@code exit}).
	 *
	 * @param exitCode its exit code
	 */
	@JsonTypeName("exit")
	record Exit(int exitCode) implements ShellOutcome {

	}

	/** The command timed out ({@code timeout}). */
	@JsonTypeName("timeout")
	record Timeout() implements ShellOutcome {

	}

	/**
	 * An outcome of a type added after this client, kept as read and written back unchanged.
	 *
	 * @param type the outcome type
	 * @param fields the other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ShellOutcome {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
