package dev.integrations.openai.containers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.responses.ContainerNetworkPolicy;
import dev.integrations.openai.responses.ShellSkill;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /containers} ({@code CreateContainerBody}). Only the name is required; build with
 * {@link #builder()}.
 *
 * @param name the name of the container
 * @param fileIds IDs of uploaded files to copy into the container
 * @param expiresAfter when the container expires, relative to its last activity
 * @param skills skills to install, referenced by ID or sent inline
 * @param memoryLimit the memory of the container; {@code 1g} when not set
 * @param networkPolicy the container's outbound network access
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record CreateContainerRequest(String name, @Nullable List<String> fileIds,
		@Nullable ContainerExpiration expiresAfter, @Nullable List<ShellSkill> skills,
		@Nullable ContainerMemoryLimit memoryLimit, @Nullable ContainerNetworkPolicy networkPolicy,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the fields: what the API would refuse fails here, naming the wire field.
	 */
	public CreateContainerRequest {
		extra = Extras.copy(extra);
		Validation.notBlank("name", name);
		if (expiresAfter != null) {
			expiresAfter.validate();
		}
		ContainerRequestRules.memoryLimit(memoryLimit);
		fileIds = ContainerRequestRules.copy("file_ids", fileIds);
		if (fileIds != null) {
			fileIds.forEach((fileId) -> Validation.notBlank("file_ids", fileId));
		}
		skills = ContainerRequestRules.copy("skills", skills);
		if (skills != null) {
			skills.forEach(ContainerRequestRules::skill);
		}
		if (networkPolicy != null) {
			ContainerRequestRules.networkPolicy(networkPolicy);
		}
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder(null);
	}

	/** @return a builder holding this request's fields */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link CreateContainerRequest}.
	 */
	public static final class Builder extends RecordBuilder<CreateContainerRequest, Builder> {

		private Builder(@Nullable CreateContainerRequest from) {
			super(CreateContainerRequest.class, from);
		}

		/** The name of the container (required). */
		public Builder name(String name) {
			return set("name", name);
		}

		/** Replaces the IDs of the uploaded files to copy into the container. */
		public Builder fileIds(@Nullable List<String> fileIds) {
			return set("fileIds", fileIds);
		}

		/** Adds the ID of an uploaded file to copy into the container. */
		public Builder addFileId(String fileId) {
			return add("fileIds", fileId);
		}

		/** When the container expires, such as {@link ContainerExpiration#minutesAfterLastActive(int)}. */
		public Builder expiresAfter(@Nullable ContainerExpiration expiresAfter) {
			return set("expiresAfter", expiresAfter);
		}

		/** Replaces the skills to install. */
		public Builder skills(@Nullable List<ShellSkill> skills) {
			return set("skills", skills);
		}

		/** Adds a skill to install, such as {@link ShellSkill#reference(String)}. */
		public Builder addSkill(ShellSkill skill) {
			return add("skills", skill);
		}

		/** The memory of the container; {@code 1g} when not set. */
		public Builder memoryLimit(@Nullable ContainerMemoryLimit memoryLimit) {
			return set("memoryLimit", memoryLimit);
		}

		/** The outbound network access, such as {@link ContainerNetworkPolicy#allowlist(String...)}. */
		public Builder networkPolicy(@Nullable ContainerNetworkPolicy networkPolicy) {
			return set("networkPolicy", networkPolicy);
		}

	}

}
