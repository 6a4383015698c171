package dev.integrations.openai.skills;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import dev.integrations.openai.common.ContentWriter;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link SkillVersionService} over the shared executor.
 */
final class DefaultSkillVersionService implements SkillVersionService {

	private static final ParameterizedTypeReference<ListResponse<SkillVersion>> VERSION_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String VERSIONS_PATH = "/skills/{skill_id}/versions";

	private static final String VERSION_PATH = VERSIONS_PATH + "/{version}";

	private final ApiExecutor executor;

	DefaultSkillVersionService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public SkillVersionService withOptions(RequestOptions options) {
		return new DefaultSkillVersionService(this.executor.withOptions(options));
	}

	@Override
	public SkillVersion create(String skillId, CreateSkillVersionRequest request) {
		return this.executor.blocking(createRequest(skillId, request), SkillVersion.class);
	}

	@Override
	public Mono<SkillVersion> createAsync(String skillId, CreateSkillVersionRequest request) {
		return this.executor.mono(() -> createRequest(skillId, request), SkillVersion.class);
	}

	@Override
	public ListResponse<SkillVersion> list(String skillId, SkillListParams params) {
		return this.executor.blocking(listRequest(skillId, params), VERSION_LIST);
	}

	@Override
	public Mono<ListResponse<SkillVersion>> listAsync(String skillId, SkillListParams params) {
		return this.executor.mono(() -> listRequest(skillId, params), VERSION_LIST);
	}

	@Override
	public CursorPager<SkillVersion> listAutoPaging(String skillId, SkillListParams params) {
		return CursorPager.of(params, (page) -> listAsync(skillId, page), SkillVersion::id);
	}

	@Override
	public SkillVersion retrieve(String skillId, String version) {
		return this.executor.blocking(retrieveRequest(skillId, version), SkillVersion.class);
	}

	@Override
	public Mono<SkillVersion> retrieveAsync(String skillId, String version) {
		return this.executor.mono(() -> retrieveRequest(skillId, version), SkillVersion.class);
	}

	@Override
	public DeletedSkillVersion delete(String skillId, String version) {
		return this.executor.blocking(deleteRequest(skillId, version), DeletedSkillVersion.class);
	}

	@Override
	public Mono<DeletedSkillVersion> deleteAsync(String skillId, String version) {
		return this.executor.mono(() -> deleteRequest(skillId, version), DeletedSkillVersion.class);
	}

	@Override
	public long downloadContent(String skillId, String version, Path target) {
		return ContentWriter.write(this.executor.download(() -> contentRequest(skillId, version)), target);
	}

	@Override
	public long downloadContent(String skillId, String version, OutputStream target) {
		return ContentWriter.write(this.executor.download(() -> contentRequest(skillId, version)), target);
	}

	@Override
	public Mono<Long> downloadContentAsync(String skillId, String version, Path target) {
		return ContentWriter.writeAsync(this.executor.download(() -> contentRequest(skillId, version)), target);
	}

	@Override
	public Flux<ByteBuffer> contentAsync(String skillId, String version) {
		return this.executor.downloadBytes(() -> contentRequest(skillId, version));
	}

	private ApiRequest createRequest(String skillId, CreateSkillVersionRequest request) {
		Validation.required("request", request);
		return ApiRequest.post(VERSIONS_PATH, skillId)
			.operation("skills.versions.create")
			.multipartBody(SkillFiles.addTo(this.executor.form(), request.files())
				.field("default", request.makeDefault())
				.fields(request.extra())
				.build())
			.build();
	}

	private static ApiRequest listRequest(String skillId, SkillListParams params) {
		Validation.required("params", params);
		return params.applyTo(ApiRequest.get(VERSIONS_PATH, skillId)).operation("skills.versions.list").build();
	}

	private static ApiRequest retrieveRequest(String skillId, String version) {
		return ApiRequest.get(VERSION_PATH, skillId, version).operation("skills.versions.retrieve").build();
	}

	private static ApiRequest deleteRequest(String skillId, String version) {
		return ApiRequest.delete(VERSION_PATH, skillId, version).operation("skills.versions.delete").build();
	}

	private static ApiRequest contentRequest(String skillId, String version) {
		return ApiRequest.get(VERSION_PATH + "/content", skillId, version).operation("skills.versions.content").build();
	}

}
