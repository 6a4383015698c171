package dev.integrations.openai.skills;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Skills API ({@code /skills}): upload a skill, a folder of files with a {@code SKILL.md} manifest (or a zip of
 * it), list, retrieve and delete skills, choose the default version and download a skill as a zip; its versions are
 * in {@link #versions()}. Uploads stream the files from disk and downloads stream to the target. Blocking methods
 * run on the caller's thread; {@code Async} methods call on subscription. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#skills()}.
 */
public interface SkillService extends OpenAIService<SkillService> {

	/**
	 * Creates a skill ({@code POST /skills}, multipart {@code files[]} or one zip as {@code files}).
	 * @param request the files
	 * @return the skill
	 */
	Skill create(CreateSkillRequest request);

	/**
	 * Creates a skill from a folder on disk (each regular file below it, named {@code folder/relative/path}; hidden
	 * files and folders such as {@code .env} or {@code .git} left out) or a zip file of one ({@code POST /skills}).
	 * @param directoryOrZip the folder or the zip
	 * @return the skill
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if it cannot be read, or holds more than 500
	 * files
	 */
	default Skill create(Path directoryOrZip) {
		return create(CreateSkillRequest.builder().files(directoryOrZip).build());
	}

	/** {@link #create(CreateSkillRequest)} as a lazy {@link Mono}. */
	Mono<Skill> createAsync(CreateSkillRequest request);

	/**
	 * Lists one page of the project's skills ({@code GET /skills}).
	 * @param params page size (1 to 100), order by creation time and cursor
	 * @return the page
	 */
	ListResponse<Skill> list(SkillListParams params);

	/** {@link #list(SkillListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<Skill>> listAsync(SkillListParams params);

	/**
	 * Walks every skill of the project ({@code GET /skills}), fetching pages as they are consumed.
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<Skill> listAutoPaging(SkillListParams params);

	/**
	 * Walks every skill with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<Skill> listAutoPaging() {
		return listAutoPaging(SkillListParams.DEFAULTS);
	}

	/**
	 * Retrieves a skill ({@code GET /skills/{skill_id}}).
	 * @param skillId the skill ID
	 * @return the skill
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such skill
	 */
	Skill retrieve(String skillId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<Skill> retrieveAsync(String skillId);

	/**
	 * Makes a version the skill's default ({@code POST /skills/{skill_id}}, {@code default_version}).
	 * @param skillId the skill ID
	 * @param defaultVersion the version number, such as {@code 2}
	 * @return the skill
	 */
	Skill updateDefaultVersion(String skillId, String defaultVersion);

	/** {@link #updateDefaultVersion(String, String)} as a lazy {@link Mono}. */
	Mono<Skill> updateDefaultVersionAsync(String skillId, String defaultVersion);

	/**
	 * Deletes a skill ({@code DELETE /skills/{skill_id}}).
	 * @param skillId the skill ID
	 * @return the deletion status ({@code skill.deleted})
	 */
	DeletionStatus delete(String skillId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String skillId);

	/**
	 * Streams a skill's zip bundle ({@code GET /skills/{skill_id}/content}) to a file, creating or truncating it.
	 * @param skillId the skill ID
	 * @param target the file to write
	 * @return the number of bytes written
	 */
	long downloadContent(String skillId, Path target);

	/**
	 * Streams a skill's zip bundle ({@code GET /skills/{skill_id}/content}) to an output stream, which is flushed
	 * but not closed.
	 * @param skillId the skill ID
	 * @param target the stream to write
	 * @return the number of bytes written
	 */
	long downloadContent(String skillId, OutputStream target);

	/** {@link #downloadContent(String, Path)} as a lazy {@link Mono}. */
	Mono<Long> downloadContentAsync(String skillId, Path target);

	/**
	 * A skill's zip bundle ({@code GET /skills/{skill_id}/content}) as it arrives, in read-only buffers the
	 * subscriber owns (nothing to release); to write it to a file or stream use {@link #downloadContentAsync} or
	 * {@link #downloadContent}, which copy nothing.
	 * @param skillId the skill ID
	 * @return the zip, chunk by chunk
	 */
	Flux<ByteBuffer> contentAsync(String skillId);

	/** @return the versions of skills */
	SkillVersionService versions();

}
