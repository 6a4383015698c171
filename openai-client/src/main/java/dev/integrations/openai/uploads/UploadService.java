package dev.integrations.openai.uploads;

import java.nio.file.Path;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The Uploads API ({@code /uploads}): a file of up to 8 GB sent in parts of up to 64 MB, within an hour of the
 * upload's creation. {@link #uploadFile(LargeFileUpload)} does the whole sequence for a file on disk. Blocking
 * methods run on the caller's thread; {@code Async} methods call on subscription. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#uploads()}.
 */
public interface UploadService extends OpenAIService<UploadService> {

	/**
	 * Creates an upload ({@code POST /uploads}).
	 * @param request the file's name, purpose, size and MIME type
	 * @return the pending upload
	 */
	Upload create(CreateUploadRequest request);

	/** {@link #create(CreateUploadRequest)} as a lazy {@link Mono}. */
	Mono<Upload> createAsync(CreateUploadRequest request);

	/**
	 * Adds a part ({@code POST /uploads/{upload_id}/parts}, multipart {@code data}); streamed from its source.
	 * @param uploadId the upload ID
	 * @param data the part's bytes, at most 64 MB (see {@link FileContent#ofRange})
	 * @return the part, whose ID goes into {@link #complete}
	 */
	UploadPart addPart(String uploadId, FileContent data);

	/**
	 * Adds a whole file on disk as a part ({@code POST /uploads/{upload_id}/parts}, multipart {@code data}).
	 * @param uploadId the upload ID
	 * @param data the part's file, at most 64 MB
	 * @return the part, whose ID goes into {@link #complete}
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the path is not a readable file
	 */
	default UploadPart addPart(String uploadId, Path data) {
		return addPart(uploadId, FileContent.of(data));
	}

	/** {@link #addPart(String, FileContent)} as a lazy {@link Mono}. */
	Mono<UploadPart> addPartAsync(String uploadId, FileContent data);

	/**
	 * Completes an upload ({@code POST /uploads/{upload_id}/complete}), creating the file from the parts.
	 * @param uploadId the upload ID
	 * @param request the ordered part IDs and an optional MD5
	 * @return the completed upload, whose {@link Upload#file()} is the new file
	 */
	Upload complete(String uploadId, CompleteUploadRequest request);

	/** {@link #complete(String, CompleteUploadRequest)} as a lazy {@link Mono}. */
	Mono<Upload> completeAsync(String uploadId, CompleteUploadRequest request);

	/**
	 * Cancels an upload ({@code POST /uploads/{upload_id}/cancel}); no parts can be added afterwards.
	 * @param uploadId the upload ID
	 * @return the cancelled upload
	 */
	Upload cancel(String uploadId);

	/** {@link #cancel(String)} as a lazy {@link Mono}. */
	Mono<Upload> cancelAsync(String uploadId);

	/**
	 * Uploads a file on disk: creates the upload, adds the file in parts (each a bounded slice read from disk)
	 * and completes it. If a step fails, the upload is cancelled and the failure rethrown.
	 * @param upload the file and settings
	 * @return the completed upload, whose {@link Upload#file()} is the new file
	 */
	Upload uploadFile(LargeFileUpload upload);

	/** {@link #uploadFile(LargeFileUpload)} as a lazy {@link Mono}. */
	Mono<Upload> uploadFileAsync(LargeFileUpload upload);

}
