package dev.integrations.openai.containers;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import dev.integrations.openai.common.ContentWriter;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link ContainerFileService} over the shared executor.
 */
final class DefaultContainerFileService implements ContainerFileService {

	private static final ParameterizedTypeReference<ListResponse<ContainerFile>> FILE_LIST = new ParameterizedTypeReference<>() {
	};

	private final ApiExecutor executor;

	DefaultContainerFileService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public ContainerFileService withOptions(RequestOptions options) {
		return new DefaultContainerFileService(this.executor.withOptions(options));
	}

	@Override
	public ContainerFile create(String containerId, String fileId) {
		return this.executor.blocking(createRequest(containerId, fileId), ContainerFile.class);
	}

	@Override
	public Mono<ContainerFile> createAsync(String containerId, String fileId) {
		return this.executor.mono(() -> createRequest(containerId, fileId), ContainerFile.class);
	}

	@Override
	public ContainerFile upload(String containerId, FileContent file) {
		return this.executor.blocking(uploadRequest(containerId, file), ContainerFile.class);
	}

	@Override
	public Mono<ContainerFile> uploadAsync(String containerId, FileContent file) {
		return this.executor.mono(() -> uploadRequest(containerId, file), ContainerFile.class);
	}

	@Override
	public ListResponse<ContainerFile> list(String containerId, ListParams params) {
		return this.executor.blocking(listRequest(containerId, params), FILE_LIST);
	}

	@Override
	public Mono<ListResponse<ContainerFile>> listAsync(String containerId, ListParams params) {
		return this.executor.mono(() -> listRequest(containerId, params), FILE_LIST);
	}

	@Override
	public CursorPager<ContainerFile> listAutoPaging(String containerId, ListParams params) {
		return CursorPager.of(params, (page) -> listAsync(containerId, page), ContainerFile::id);
	}

	@Override
	public ContainerFile retrieve(String containerId, String fileId) {
		return this.executor.blocking(retrieveRequest(containerId, fileId), ContainerFile.class);
	}

	@Override
	public Mono<ContainerFile> retrieveAsync(String containerId, String fileId) {
		return this.executor.mono(() -> retrieveRequest(containerId, fileId), ContainerFile.class);
	}

	@Override
	public DeletionStatus delete(String containerId, String fileId) {
		return this.executor.blocking(deleteRequest(containerId, fileId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String containerId, String fileId) {
		return this.executor.mono(() -> deleteRequest(containerId, fileId), DeletionStatus.class);
	}

	@Override
	public long downloadContent(String containerId, String fileId, Path target) {
		return ContentWriter.write(this.executor.download(() -> contentRequest(containerId, fileId)), target);
	}

	@Override
	public long downloadContent(String containerId, String fileId, OutputStream target) {
		return ContentWriter.write(this.executor.download(() -> contentRequest(containerId, fileId)), target);
	}

	@Override
	public Mono<Long> downloadContentAsync(String containerId, String fileId, Path target) {
		return ContentWriter.writeAsync(this.executor.download(() -> contentRequest(containerId, fileId)), target);
	}

	@Override
	public Flux<ByteBuffer> contentAsync(String containerId, String fileId) {
		return this.executor.downloadBytes(() -> contentRequest(containerId, fileId));
	}

	private static ApiRequest createRequest(String containerId, String fileId) {
		return ApiRequest.post("/containers/{container_id}/files", containerId)
			.operation("containers.files.create")
			.jsonBody(new ContainerFileBody(fileId, null))
			.build();
	}

	private ApiRequest uploadRequest(String containerId, FileContent file) {
		ContainerFileBody body = new ContainerFileBody(null, Validation.required("file", file));
		return ApiRequest.post("/containers/{container_id}/files", containerId)
			.operation("containers.files.create")
			.multipartBody(this.executor.form().file("file", body.file()).build())
			.build();
	}

	private static ApiRequest listRequest(String containerId, ListParams params) {
		Validation.required("params", params);
		ContainerListParams.noBefore(params);
		return params.applyTo(ApiRequest.get("/containers/{container_id}/files", containerId))
			.operation("containers.files.list")
			.build();
	}

	private static ApiRequest retrieveRequest(String containerId, String fileId) {
		return ApiRequest.get("/containers/{container_id}/files/{file_id}", containerId, fileId)
			.operation("containers.files.retrieve")
			.build();
	}

	private static ApiRequest deleteRequest(String containerId, String fileId) {
		return ApiRequest.delete("/containers/{container_id}/files/{file_id}", containerId, fileId)
			.operation("containers.files.delete")
			.build();
	}

	private static ApiRequest contentRequest(String containerId, String fileId) {
		return ApiRequest.get("/containers/{container_id}/files/{file_id}/content", containerId, fileId)
			.operation("containers.files.content")
			.build();
	}

}
