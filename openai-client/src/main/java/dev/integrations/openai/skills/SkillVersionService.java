package dev.integrations.openai.skills;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The immutable versions of skills ({@code /skills/{skill_id}/versions}), each addressed by its version number (a
 * string such as {@code 2}). Get it from {@link SkillService#versions()}.
 */
public interface SkillVersionService extends OpenAIService<SkillVersionService> {

	/**
	 * Uploads a new version of a skill ({@code POST /skills/{skill_id}/versions}, multipart {@code files[]} or one
	 * zip as {@code files}, and {@code default}).
	 * @param skillId the skill ID
	 * @param request the files and whether the version becomes the default
	 * @return the version
	 */
	SkillVersion create(String skillId, CreateSkillVersionRequest request);

	/**
	 * Uploads a new version of a skill from a folder on disk or a zip file of one
	 * ({@code POST /skills/{skill_id}/versions}), without {@code default}.
	 * @param skillId the skill ID
	 * @param directoryOrZip the folder (each regular file below it, named {@code folder/relative/path}) or the zip
	 * @return the version
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if it cannot be read, or holds more than 500
	 * files
	 */
	default SkillVersion create(String skillId, Path directoryOrZip) {
		return create(skillId, CreateSkillVersionRequest.builder().files(directoryOrZip).build());
	}

	/** {@link #create(String, CreateSkillVersionRequest)} as a lazy {@link Mono}. */
	Mono<SkillVersion> createAsync(String skillId, CreateSkillVersionRequest request);

	/**
	 * Lists one page of a skill's versions ({@code GET /skills/{skill_id}/versions}).
	 * @param skillId the skill ID
	 * @param params page size (1 to 100), order by version number and cursor (a version ID)
	 * @return the page
	 */
	ListResponse<SkillVersion> list(String skillId, SkillListParams params);

	/** {@link #list(String, SkillListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<SkillVersion>> listAsync(String skillId, SkillListParams params);

	/**
	 * Walks every version of a skill ({@code GET /skills/{skill_id}/versions}), fetching pages as they are consumed.
	 * @param skillId the skill ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<SkillVersion> listAutoPaging(String skillId, SkillListParams params);

	/**
	 * Walks every version of a skill with the API's default page size and order, fetching pages lazily.
	 * @param skillId the skill ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<SkillVersion> listAutoPaging(String skillId) {
		return listAutoPaging(skillId, SkillListParams.DEFAULTS);
	}

	/**
	 * Retrieves a version of a skill ({@code GET /skills/{skill_id}/versions/{version}}).
	 * @param skillId the skill ID
	 * @param version the version number, such as {@code 2}
	 * @return the version
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such skill or version
	 */
	SkillVersion retrieve(String skillId, String version);

	/** {@link #retrieve(String, String)} as a lazy {@link Mono}. */
	Mono<SkillVersion> retrieveAsync(String skillId, String version);

	/**
	 * Deletes a version of a skill ({@code DELETE /skills/{skill_id}/versions/{version}}).
	 * @param skillId the skill ID
	 * @param version the version number
	 * @return the deletion status ({@code skill.version.deleted}) with the version number
	 */
	DeletedSkillVersion delete(String skillId, String version);

	/** {@link #delete(String, String)} as a lazy {@link Mono}. */
	Mono<DeletedSkillVersion> deleteAsync(String skillId, String version);

	/**
	 * Streams a version's zip bundle ({@code GET /skills/{skill_id}/versions/{version}/content}) to a file, creating
	 * or truncating it.
	 * @param skillId the skill ID
	 * @param version the version number
	 * @param target the file to write
	 * @return the number of bytes written
	 */
	long downloadContent(String skillId, String version, Path target);

	/**
	 * Streams a version's zip bundle ({@code GET /skills/{skill_id}/versions/{version}/content}) to an output
	 * stream, which is flushed but not closed.
	 * @param skillId the skill ID
	 * @param version the version number
	 * @param target the stream to write
	 * @return the number of bytes written
	 */
	long downloadContent(String skillId, String version, OutputStream target);

	/** {@link #downloadContent(String, String, Path)} as a lazy {@link Mono}. */
	Mono<Long> downloadContentAsync(String skillId, String version, Path target);

	/**
	 * A version's zip bundle ({@code GET /skills/{skill_id}/versions/{version}/content}) as it arrives, in
	 * read-only buffers the subscriber owns (nothing to release); to write it to a file or stream use
	 * {@link #downloadContentAsync} or {@link #downloadContent}, which copy nothing.
	 * @param skillId the skill ID
	 * @param version the version number
	 * @return the zip, chunk by chunk
	 */
	Flux<ByteBuffer> contentAsync(String skillId, String version);

}
