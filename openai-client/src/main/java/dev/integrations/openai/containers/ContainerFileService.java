package dev.integrations.openai.containers;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The files of containers ({@code /containers/{container_id}/files}). Uploads stream the file while the request is
 * written and downloads stream the content to the target, so neither holds a file in memory. Get it from
 * {@link ContainerService#files()}.
 */
public interface ContainerFileService extends OpenAIService<ContainerFileService> {

	/**
	 * Copies an uploaded file into a container ({@code POST /containers/{container_id}/files}, JSON
	 * {@code file_id}).
	 * @param containerId the container ID
	 * @param fileId the ID of a file uploaded with the Files API
	 * @return the container file
	 */
	ContainerFile create(String containerId, String fileId);

	/** {@link #create(String, String)} as a lazy {@link Mono}. */
	Mono<ContainerFile> createAsync(String containerId, String fileId);

	/**
	 * Uploads a file into a container ({@code POST /containers/{container_id}/files}, multipart {@code file}).
	 * @param containerId the container ID
	 * @param file the file
	 * @return the container file
	 */
	ContainerFile upload(String containerId, FileContent file);

	/**
	 * Uploads a file from disk into a container ({@code POST /containers/{container_id}/files}), named after its
	 * last path element.
	 * @param containerId the container ID
	 * @param file the file
	 * @return the container file
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	default ContainerFile upload(String containerId, Path file) {
		return upload(containerId, FileContent.of(file));
	}

	/** {@link #upload(String, FileContent)} as a lazy {@link Mono}. */
	Mono<ContainerFile> uploadAsync(String containerId, FileContent file);

	/**
	 * Lists one page of a container's files ({@code GET /containers/{container_id}/files}).
	 * @param containerId the container ID
	 * @param params the page size (1 to 100), order and cursor; the route takes no {@code before}
	 * @return the page
	 */
	ListResponse<ContainerFile> list(String containerId, ListParams params);

	/** {@link #list(String, ListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<ContainerFile>> listAsync(String containerId, ListParams params);

	/**
	 * Walks every file of a container, fetching pages as they are consumed.
	 * @param containerId the container ID
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<ContainerFile> listAutoPaging(String containerId, ListParams params);

	/**
	 * Walks every file of a container with the API's default page size and order, fetching pages lazily.
	 * @param containerId the container ID
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<ContainerFile> listAutoPaging(String containerId) {
		return listAutoPaging(containerId, ListParams.DEFAULTS);
	}

	/**
	 * Retrieves a container file ({@code GET /containers/{container_id}/files/{file_id}}).
	 * @param containerId the container ID
	 * @param fileId the container file ID
	 * @return the file
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such file
	 */
	ContainerFile retrieve(String containerId, String fileId);

	/** {@link #retrieve(String, String)} as a lazy {@link Mono}. */
	Mono<ContainerFile> retrieveAsync(String containerId, String fileId);

	/**
	 * Deletes a container file ({@code DELETE /containers/{container_id}/files/{file_id}}).
	 * @param containerId the container ID
	 * @param fileId the container file ID
	 * @return the deletion status as the API sends it ({@code container.file.deleted}); when it answers with an
	 * empty body, a status with the file ID, {@code deleted} true and no {@code object}
	 */
	DeletionStatus delete(String containerId, String fileId);

	/** {@link #delete(String, String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String containerId, String fileId);

	/**
	 * Streams a container file's content ({@code GET /containers/{container_id}/files/{file_id}/content}) to a
	 * file, creating or truncating it.
	 * @param containerId the container ID
	 * @param fileId the container file ID
	 * @param target the file to write
	 * @return the number of bytes written
	 */
	long downloadContent(String containerId, String fileId, Path target);

	/**
	 * Streams a container file's content ({@code GET /containers/{container_id}/files/{file_id}/content}) to an
	 * output stream, which is flushed but not closed.
	 * @param containerId the container ID
	 * @param fileId the container file ID
	 * @param target the stream to write
	 * @return the number of bytes written
	 */
	long downloadContent(String containerId, String fileId, OutputStream target);

	/** {@link #downloadContent(String, String, Path)} as a lazy {@link Mono}. */
	Mono<Long> downloadContentAsync(String containerId, String fileId, Path target);

	/**
	 * A container file's content ({@code GET /containers/{container_id}/files/{file_id}/content}) as it arrives,
	 * in read-only buffers the subscriber owns (nothing to release); to write it to a file or stream use
	 * {@link #downloadContentAsync} or {@link #downloadContent}, which copy nothing.
	 * @param containerId the container ID
	 * @param fileId the container file ID
	 * @return the content, chunk by chunk
	 */
	Flux<ByteBuffer> contentAsync(String containerId, String fileId);

}
