package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * Where the commands of a shell call run, by its {@code type}: on the caller's machine or in a hosted container.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ShellEnvironment.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ShellEnvironment.Local.class),
		@JsonSubTypes.Type(ShellEnvironment.ContainerReference.class) })
public sealed interface ShellEnvironment {

	/**
	 * The caller's machine ({@code local}).
	 *
	 * @param skills the skills available there
	 */
	@JsonTypeName("local")
	record Local(@Nullable List<Skill> skills) implements ShellEnvironment {

	}

	/**
	 * A skill available in a local environment.
	 *
	 * @param name the name of the skill
	 * @param description what it does
	 * @param path the path of its directory
	 */
	record Skill(String name, String description, String path) {

	}

	/**
	 * A hosted container ({@code container_reference}).
	 *
	 * @param containerId the container
	 */
	@JsonTypeName("container_reference")
	record ContainerReference(String containerId) implements ShellEnvironment {

	}

	/**
	 * An environment of a type added after this client, kept as read and written back unchanged.
	 *
	 * @param type the environment type
	 * @param fields the other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ShellEnvironment {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
