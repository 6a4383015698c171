package dev.integrations.openai.files;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Files API ({@code /files}). Uploads stream the file from disk (or a stream) while the request is written,
 * and downloads stream the content to the target, so neither holds a file in memory. Blocking methods run on the
 * caller's thread; {@code Async} methods call on subscription. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#files()}.
 */
public interface FileService extends OpenAIService<FileService> {

	/**
	 * Uploads a file ({@code POST /files}, multipart {@code file} and {@code purpose}), up to 512 MB; use the
	 * Uploads API for larger files.
	 * @param file the file
	 * @param purpose the purpose, see {@link FilePurpose}
	 * @return the uploaded file
	 */
	OpenAIFile upload(FileContent file, String purpose);

	/**
	 * Uploads a file from disk ({@code POST /files}), named after its last path element, up to 512 MB.
	 * @param file the file
	 * @param purpose the purpose, see {@link FilePurpose}
	 * @return the uploaded file
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	default OpenAIFile upload(Path file, String purpose) {
		return upload(FileContent.of(file), purpose);
	}

	/**
	 * Uploads a file ({@code POST /files}) with an expiration policy or a timeout.
	 * @param request the upload
	 * @return the uploaded file
	 */
	OpenAIFile upload(FileUploadRequest request);

	/** {@link #upload(FileUploadRequest)} as a lazy {@link Mono}. */
	Mono<OpenAIFile> uploadAsync(FileUploadRequest request);

	/**
	 * Lists one page of files ({@code GET /files}).
	 * @param params filter, page size, order and cursor
	 * @return the page
	 */
	ListResponse<OpenAIFile> list(FileListParams params);

	/** {@link #list(FileListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<OpenAIFile>> listAsync(FileListParams params);

	/**
	 * Walks every page of files ({@code GET /files}), starting after {@code params.after()}.
	 * @param params filter, page size, order and first cursor
	 * @return the pager; pages are fetched as they are consumed
	 */
	CursorPager<OpenAIFile> listAutoPaging(FileListParams params);

	/**
	 * Walks every file with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<OpenAIFile> listAutoPaging() {
		return listAutoPaging(FileListParams.DEFAULTS);
	}


	/**
	 * Retrieves a file's metadata ({@code GET /files/{file_id}}).
	 * @param fileId the file ID
	 * @return the file
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such file
	 */
	OpenAIFile retrieve(String fileId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<OpenAIFile> retrieveAsync(String fileId);

	/**
	 * Deletes a file and removes it from all vector stores ({@code DELETE /files/{file_id}}).
	 * @param fileId the file ID
	 * @return the deletion status
	 */
	DeletionStatus delete(String fileId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String fileId);

	/**
	 * Streams a file's content ({@code GET /files/{file_id}/content}) to a file, creating or truncating it.
	 * @param fileId the file ID
	 * @param target the file to write
	 * @return the number of bytes written
	 */
	long downloadContent(String fileId, Path target);

	/**
	 * Streams a file's content ({@code GET /files/{file_id}/content}) to an output stream, which is flushed but not
	 * closed.
	 * @param fileId the file ID
	 * @param target the stream to write
	 * @return the number of bytes written
	 */
	long downloadContent(String fileId, OutputStream target);

	/** {@link #downloadContent(String, Path)} as a lazy {@link Mono}. */
	Mono<Long> downloadContentAsync(String fileId, Path target);

	/**
	 * A file's content ({@code GET /files/{file_id}/content}) as it arrives, in read-only buffers the subscriber
	 * owns (nothing to release); to write it to a file or stream use {@link #downloadContentAsync} or
	 * {@link #downloadContent}, which copy nothing.
	 * @param fileId the file ID
	 * @return the content, chunk by chunk
	 */
	Flux<ByteBuffer> contentAsync(String fileId);

}
