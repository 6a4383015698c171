package dev.integrations.openai.uploads;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.MultipartForm;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link UploadService} over the shared executor.
 */
final class DefaultUploadService implements UploadService {

	private final ApiExecutor executor;

	DefaultUploadService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public UploadService withOptions(RequestOptions options) {
		return new DefaultUploadService(this.executor.withOptions(options));
	}

	@Override
	public Upload create(CreateUploadRequest request) {
		return this.executor.blocking(createRequest(request), Upload.class);
	}

	@Override
	public Mono<Upload> createAsync(CreateUploadRequest request) {
		return this.executor.mono(() -> createRequest(request), Upload.class);
	}

	@Override
	public UploadPart addPart(String uploadId, FileContent data) {
		return this.executor.blocking(partRequest(uploadId, data, null), UploadPart.class);
	}

	@Override
	public Mono<UploadPart> addPartAsync(String uploadId, FileContent data) {
		return this.executor.mono(() -> partRequest(uploadId, data, null), UploadPart.class);
	}

	@Override
	public Upload complete(String uploadId, CompleteUploadRequest request) {
		return this.executor.blocking(completeRequest(uploadId, request), Upload.class);
	}

	@Override
	public Mono<Upload> completeAsync(String uploadId, CompleteUploadRequest request) {
		return this.executor.mono(() -> completeRequest(uploadId, request), Upload.class);
	}

	@Override
	public Upload cancel(String uploadId) {
		return this.executor.blocking(cancelRequest(uploadId), Upload.class);
	}

	@Override
	public Mono<Upload> cancelAsync(String uploadId) {
		return this.executor.mono(() -> cancelRequest(uploadId), Upload.class);
	}

	@Override
	public Upload uploadFile(LargeFileUpload upload) {
		return uploadFileAsync(upload).blockOptional()
			.orElseThrow(() -> new IllegalStateException("Upload of " + upload.file() + " completed without a result"));
	}

	@Override
	public Mono<Upload> uploadFileAsync(LargeFileUpload upload) {
		return Mono.defer(() -> {
			Validation.required("upload", upload);
			long size = sizeOf(upload.file());
			CreateUploadRequest create = new CreateUploadRequest(upload.filename(), upload.purpose(), size,
					upload.mimeType(), upload.expiresAfter());
			return createAsync(create).flatMap((created) -> sendParts(created.id(), upload, size)
				.onErrorResume((failure) -> cancelQuietly(created.id(), failure)));
		});
	}

	private Mono<Upload> sendParts(String uploadId, LargeFileUpload upload, long size) {
		long parts = Math.max(1, (size + upload.partSize() - 1) / upload.partSize());
		Mono<@Nullable String> md5 = upload.md5()
				? Mono.fromCallable(() -> md5Hex(upload.file())).subscribeOn(Schedulers.boundedElastic())
				: Mono.empty();
		return Flux.range(0, (int) parts)
			.flatMapSequential((index) -> {
				long offset = index * upload.partSize();
				FileContent slice = FileContent.ofRange(upload.file(), offset,
						Math.min(upload.partSize(), size - offset), upload.filename());
				return this.executor.mono(() -> partRequest(uploadId, slice, upload.partTimeout()), UploadPart.class);
			}, upload.concurrency(), 1)
			.map(UploadPart::id)
			.collectList()
			.flatMap((partIds) -> md5.map((checksum) -> new CompleteUploadRequest(partIds, checksum))
				.defaultIfEmpty(CompleteUploadRequest.of(partIds)))
			.flatMap((complete) -> completeAsync(uploadId, complete));
	}

	private Mono<Upload> cancelQuietly(String uploadId, Throwable failure) {
		return cancelAsync(uploadId).onErrorResume((cancelFailure) -> {
			failure.addSuppressed(cancelFailure);
			return Mono.empty();
		}).then(Mono.error(failure));
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new OpenAIValidationException("file", "file " + file + " cannot be read: " + ex.getMessage());
		}
	}

	private static String md5Hex(Path file) {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("MD5"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + " for its MD5", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is not available", ex);
		}
	}

	private static ApiRequest createRequest(CreateUploadRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/uploads").operation("uploads.create").jsonBody(request).build();
	}

	private ApiRequest partRequest(String uploadId, FileContent data, @Nullable Duration timeout) {
		Validation.required("data", data);
		MultipartForm form = this.executor.form().file("data", data);
		return ApiRequest.post("/uploads/{upload_id}/parts", uploadId)
			.operation("uploads.parts.create")
			.multipartBody(form.build())
			.timeout(timeout)
			.build();
	}

	private static ApiRequest completeRequest(String uploadId, CompleteUploadRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/uploads/{upload_id}/complete", uploadId)
			.operation("uploads.complete")
			.jsonBody(request)
			.build();
	}

	private static ApiRequest cancelRequest(String uploadId) {
		return ApiRequest.post("/uploads/{upload_id}/cancel", uploadId).operation("uploads.cancel").build();
	}

}
