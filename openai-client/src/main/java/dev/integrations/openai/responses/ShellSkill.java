package dev.integrations.openai.responses;

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
 * A skill installed in a container the API creates for the {@link ShellTool}: an uploaded skill, or one sent
 * inline as a zip archive.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ShellSkill.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ShellSkill.Reference.class), @JsonSubTypes.Type(ShellSkill.Inline.class) })
public sealed interface ShellSkill {

	/**
	 * Checks the request rules; the client calls this before sending it.
	 * @throws dev.integrations.openai.errors.OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

	/**
	 * An uploaded skill, in its latest version.
	 * @param skillId the skill ID
	 * @return the skill
	 */
	static Reference reference(String skillId) {
		return new Reference(skillId, null);
	}

	/**
	 * An uploaded skill ({@code type: skill_reference}).
	 *
	 * @param skillId the skill ID
	 * @param version the version: a number, or {@code latest} (the default)
	 */
	@JsonTypeName("skill_reference")
	record Reference(String skillId, @Nullable String version) implements ShellSkill {

		@Override
		public void validate() {
			Validation.notBlank("tools.shell.environment.skills.skill_id", this.skillId);
		}

	}

	/**
	 * A skill sent inline ({@code type: inline}).
	 *
	 * @param name the skill name
	 * @param description what the skill does
	 * @param source the zip archive
	 */
	@JsonTypeName("inline")
	record Inline(String name, String description, Source source)
			implements ShellSkill {

		@Override
		public void validate() {
			Validation.notBlank("tools.shell.environment.skills.name", this.name);
			Validation.notBlank("tools.shell.environment.skills.description", this.description);
			Validation.required("tools.shell.environment.skills.source", this.source);
		}

		/**
		 * The archive of an inline skill.
		 *
		 * @param type always {@code base64}
		 * @param mediaType always {@code application/zip}
		 * @param data the base64 of the zip archive
		 */
		public record Source(String type, String mediaType, String data) {

			/**
			 * A zip archive.
			 * @param base64 the base64 of the archive
			 * @return the source
			 */
			public static Source zip(String base64) {
				return new Source("base64", "application/zip", base64);
			}

			/** @return the source without its data, which may be megabytes */
			@Override
			public String toString() {
				return "Source[type=" + this.type + ", mediaType=" + this.mediaType + ", data="
						+ ((this.data != null) ? this.data.length() + " chars" : null) + "]";
			}

		}

	}

	/**
	 * A skill of a type this client does not know, kept and written back unchanged.
	 *
	 * @param type the skill type
	 * @param fields the other fields, as read
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ShellSkill {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
