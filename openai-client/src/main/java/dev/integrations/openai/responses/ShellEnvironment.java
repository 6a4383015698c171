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
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Where the {@link ShellTool} runs commands ({@code environment}): a container the API creates, an existing
 * container, or the caller's machine.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ShellEnvironment.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ShellEnvironment.ContainerAuto.class),
		@JsonSubTypes.Type(ShellEnvironment.Local.class),
		@JsonSubTypes.Type(ShellEnvironment.ContainerReference.class) })
public sealed interface ShellEnvironment {

	/**
	 * Checks the request rules; the client calls this before sending it.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

	/** @return a container the API creates, with the defaults */
	static ContainerAuto containerAuto() {
		return new ContainerAuto(null, null, null, null);
	}

	/**
	 * An existing container.
	 * @param containerId the container ID
	 * @return the environment
	 */
	static ContainerReference container(String containerId) {
		return new ContainerReference(containerId);
	}

	/**
	 * The caller's machine: the model's commands come back as calls the caller runs.
	 * @param skills the skills installed there
	 * @return the environment
	 */
	static Local local(LocalSkill... skills) {
		return new Local((skills.length > 0) ? List.of(skills) : null);
	}

	/**
	 * A container the API creates ({@code type: container_auto}).
	 *
	 * @param fileIds uploaded files to make available, at most 50
	 * @param memoryLimit the memory limit: {@code 1g}, {@code 4g}, {@code 16g} or {@code 64g}
	 * @param networkPolicy the network access of the container
	 * @param skills skills to install, at most 200
	 */
	@JsonTypeName("container_auto")
	record ContainerAuto(@Nullable List<String> fileIds, @Nullable String memoryLimit,
			@Nullable ContainerNetworkPolicy networkPolicy, @Nullable List<ShellSkill> skills)
			implements ShellEnvironment {

		@Override
		public void validate() {
			Validation.maxSize("tools.shell.environment.file_ids", this.fileIds, 50);
			Validation.maxSize("tools.shell.environment.skills", this.skills, 200);
			if (this.skills != null) {
				this.skills.forEach(ShellSkill::validate);
			}
		}

		/**
		 * Returns a copy with skills.
		 * @param skills the skills to install
		 * @return the environment
		 */
		public ContainerAuto withSkills(ShellSkill... skills) {
			return new ContainerAuto(this.fileIds, this.memoryLimit, this.networkPolicy, List.of(skills));
		}

		/**
		 * Returns a copy with a network policy.
		 * @param networkPolicy the network access of the container
		 * @return the environment
		 */
		public ContainerAuto withNetworkPolicy(ContainerNetworkPolicy networkPolicy) {
			return new ContainerAuto(this.fileIds, this.memoryLimit, networkPolicy, this.skills);
		}

	}

	/**
	 * The caller's machine ({@code type: local}).
	 *
	 * @param skills the skills installed there, at most 200
	 */
	@JsonTypeName("local")
	record Local(@Nullable List<LocalSkill> skills) implements ShellEnvironment {

		@Override
		public void validate() {
			Validation.maxSize("tools.shell.environment.skills", this.skills, 200);
			if (this.skills != null) {
				for (LocalSkill skill : this.skills) {
					Validation.notBlank("tools.shell.environment.skills.name", skill.name());
					Validation.notBlank("tools.shell.environment.skills.description", skill.description());
					Validation.notBlank("tools.shell.environment.skills.path", skill.path());
				}
			}
		}

	}

	/**
	 * An existing container ({@code type: container_reference}).
	 *
	 * @param containerId the container ID
	 */
	@JsonTypeName("container_reference")
	record ContainerReference(String containerId) implements ShellEnvironment {

		@Override
		public void validate() {
			Validation.notBlank("tools.shell.environment.container_id", this.containerId);
		}

	}

	/**
	 * A skill on the caller's machine.
	 *
	 * @param name the skill name
	 * @param description what the skill does
	 * @param path where the skill is
	 */
	record LocalSkill(String name, String description, String path) {

	}

	/**
	 * An environment of a type this client does not know, kept and written back unchanged.
	 *
	 * @param type the environment type
	 * @param fields the other fields, as read
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
