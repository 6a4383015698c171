package dev.integrations.openai.evals;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.finetuning.GraderMessage;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;

/**
 * The messages a run sends to the model it samples ({@code data_source.input_messages}), chosen by {@code type}: a
 * template over the {@code item} namespace, or a reference to messages in each item. A type this client does not
 * know yet is read as an {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = InputMessages.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(InputMessages.Template.class),
		@JsonSubTypes.Type(InputMessages.ItemReference.class) })
public sealed interface InputMessages {

	/**
	 * A template of messages, such as {@code GraderMessage.text(Role.USER, "{{item.question}}")}.
	 * @param messages the messages, may hold {@code {{item.x}}} templates
	 * @return the input messages
	 */
	static Template template(GraderMessage... messages) {
		return new Template(List.of(messages));
	}

	/**
	 * The messages an item holds.
	 * @param itemReference the reference, such as {@code item.input_trajectory}
	 * @return the input messages
	 */
	static ItemReference itemReference(String itemReference) {
		return new ItemReference(itemReference);
	}

	/**
	 * Messages from a template ({@code template}).
	 *
	 * @param template the messages, may hold {@code {{item.x}}} templates
	 */
	@JsonTypeName("template")
	record Template(List<GraderMessage> template) implements InputMessages {

		/**
		 * Copies the messages; a missing list reads as empty.
		 */
		public Template {
			template = WireLists.copyOf(template);
		}

	}

	/**
	 * Messages held by each item ({@code item_reference}).
	 *
	 * @param itemReference the reference, such as {@code item.input_trajectory}
	 */
	@JsonTypeName("item_reference")
	record ItemReference(String itemReference) implements InputMessages {
	}

	/**
	 * Input messages whose {@code type} this client does not know yet; they keep every field and are written back
	 * unchanged.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read
	 */
	record Unknown(@JsonTypeId String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> fields)
			implements InputMessages {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
