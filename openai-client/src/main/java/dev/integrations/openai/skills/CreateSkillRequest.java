package dev.integrations.openai.skills;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /skills} ({@code CreateSkillBody}), sent as {@code multipart/form-data}. Build with
 * {@link #builder()}, or call {@link SkillService#create(Path)} with a folder or a zip.
 *
 * @param files the skill's files, 1 to 500: each file of one top-level folder, named by its path inside it (such as
 * {@code basic_math/SKILL.md}), sent as {@code files[]} parts; or a single zip of that folder (content type
 * {@code application/zip}), sent as the {@code files} part
 * @param extra form fields this client has no field for ({@link RequestBuilder#putExtra}), sent after the files
 */
public record CreateSkillRequest(List<FileContent> files, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the files.
	 */
	public CreateSkillRequest {
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
	 * Builds a {@link CreateSkillRequest}.
	 */
	public static final class Builder extends SkillFilesBuilder<CreateSkillRequest, Builder> {

		private Builder(@Nullable CreateSkillRequest from) {
			super(CreateSkillRequest.class, from);
		}

	}

}
