package dev.integrations.openai.files;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import dev.integrations.openai.common.ContentWriter;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.MultipartForm;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link FileService} over the shared executor.
 */
final class DefaultFileService implements FileService {

	private static final ParameterizedTypeReference<ListResponse<OpenAIFile>> FILE_LIST = new ParameterizedTypeReference<>() {
	};

	private final ApiExecutor executor;

	DefaultFileService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public FileService withOptions(RequestOptions options) {
		return new DefaultFileService(this.executor.withOptions(options));
	}

	@Override
	public OpenAIFile upload(FileContent file, String purpose) {
		return upload(FileUploadRequest.of(file, purpose));
	}

	@Override
	public OpenAIFile upload(FileUploadRequest request) {
		return this.executor.blocking(uploadRequest(request), OpenAIFile.class);
	}

	@Override
	public Mono<OpenAIFile> uploadAsync(FileUploadRequest request) {
		return this.executor.mono(() -> uploadRequest(request), OpenAIFile.class);
	}

	@Override
	public ListResponse<OpenAIFile> list(FileListParams params) {
		return this.executor.blocking(listRequest(params), FILE_LIST);
	}

	@Override
	public Mono<ListResponse<OpenAIFile>> listAsync(FileListParams params) {
		return this.executor.mono(() -> listRequest(params), FILE_LIST);
	}

	@Override
	public CursorPager<OpenAIFile> listAutoPaging(FileListParams params) {
		return CursorPager.of(params, this::listAsync, OpenAIFile::id);
	}

	@Override
	public OpenAIFile retrieve(String fileId) {
		return this.executor.blocking(retrieveRequest(fileId), OpenAIFile.class);
	}

	@Override
	public Mono<OpenAIFile> retrieveAsync(String fileId) {
		return this.executor.mono(() -> retrieveRequest(fileId), OpenAIFile.class);
	}

	@Override
	public DeletionStatus delete(String fileId) {
		return this.executor.blocking(deleteRequest(fileId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String fileId) {
		return this.executor.mono(() -> deleteRequest(fileId), DeletionStatus.class);
	}

	@Override
	public long downloadContent(String fileId, Path target) {
		return ContentWriter.write(this.executor.download(() -> contentRequest(fileId)), target);
	}

	@Override
	public long downloadContent(String fileId, OutputStream target) {
		return ContentWriter.write(this.executor.download(() -> contentRequest(fileId)), target);
	}

	@Override
	public Mono<Long> downloadContentAsync(String fileId, Path target) {
		return ContentWriter.writeAsync(this.executor.download(() -> contentRequest(fileId)), target);
	}

	@Override
	public Flux<ByteBuffer> contentAsync(String fileId) {
		return this.executor.downloadBytes(() -> contentRequest(fileId));
	}

	private static ApiRequest contentRequest(String fileId) {
		return ApiRequest.get("/files/{file_id}/content", fileId).operation("files.content").build();
	}

	private ApiRequest uploadRequest(FileUploadRequest request) {
		Validation.required("request", request);
		MultipartForm form = this.executor.form().file("file", request.file()).field("purpose", request.purpose());
		FileExpiration expiresAfter = request.expiresAfter();
		if (expiresAfter != null) {
			form.field("expires_after[anchor]", expiresAfter.anchor())
				.field("expires_after[seconds]", expiresAfter.seconds());
		}
		return ApiRequest.post("/files")
			.operation("files.create")
			.multipartBody(form.build())
			.timeout(request.timeout())
			.build();
	}

	private static ApiRequest listRequest(FileListParams params) {
		Validation.required("params", params);
		return ApiRequest.get("/files")
			.operation("files.list")
			.query("purpose", params.purpose())
			.query("limit", params.limit())
			.query("order", (params.order() != null) ? params.order().wireValue() : null)
			.query("after", params.after())
			.build();
	}

	private static ApiRequest retrieveRequest(String fileId) {
		return ApiRequest.get("/files/{file_id}", fileId).operation("files.retrieve").build();
	}

	private static ApiRequest deleteRequest(String fileId) {
		return ApiRequest.delete("/files/{file_id}", fileId).operation("files.delete").build();
	}

}
