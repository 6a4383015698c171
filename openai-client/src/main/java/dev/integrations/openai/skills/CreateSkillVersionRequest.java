package dev.integrations.openai.skills;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /skills/{skill_id}/versions} ({@code CreateSkillVersionBody}), sent as
 * {@code multipart/form-data}. Build with {@link #builder()}, or call
 * {@link SkillVersionService#create(String, Path)} with a folder or a zip.
 *
 * @param files the version's files, as in {@link CreateSkillRequest#files()}: 1 to 500 files of one top-level
 * folder, or a single zip
 * @param makeDefault whether the new version becomes the skill's default (the wire field {@code default}); not sent
 * when {@code null}, so the API decides
 * @param extra form fields this client has no field for ({@link RequestBuilder#putExtra}), sent after the others
 */
public record CreateSkillVersionRequest(List<FileContent> files,
		@JsonProperty("default") @Nullable Boolean makeDefault,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the files.
	 */
	public CreateSkillVersionRequest {
		extra = Extras.copy(extra);
		files = SkillFiles.check(files);
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * A builder initialized with this request.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link CreateSkillVersionRequest}.
	 */
	public static final class Builder extends SkillFilesBuilder<CreateSkillVersionRequest, Builder> {

		private Builder(@Nullable CreateSkillVersionRequest from) {
			super(CreateSkillVersionRequest.class, from);
		}

		/** Sets whether the new version becomes the skill's default ({@code default}). */
		public Builder makeDefault(@Nullable Boolean makeDefault) {
			return set("makeDefault", makeDefault);
		}

	}

}
