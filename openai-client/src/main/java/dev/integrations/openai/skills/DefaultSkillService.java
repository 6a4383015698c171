package dev.integrations.openai.skills;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import dev.integrations.openai.common.ContentWriter;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link SkillService} over the shared executor.
 */
final class DefaultSkillService implements SkillService {

	private static final ParameterizedTypeReference<ListResponse<Skill>> SKILL_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String SKILL_PATH = "/skills/{skill_id}";

	private final ApiExecutor executor;

	private final SkillVersionService versions;

	DefaultSkillService(ApiExecutor executor) {
		this.executor = executor;
		this.versions = new DefaultSkillVersionService(executor);
	}

	@Override
	public SkillService withOptions(RequestOptions options) {
		return new DefaultSkillService(this.executor.withOptions(options));
	}

	@Override
	public Skill create(CreateSkillRequest request) {
		return this.executor.blocking(createRequest(request), Skill.class);
	}

	@Override
	public Mono<Skill> createAsync(CreateSkillRequest request) {
		return this.executor.mono(() -> createRequest(request), Skill.class);
	}

	@Override
	public ListResponse<Skill> list(SkillListParams params) {
		return this.executor.blocking(listRequest(params), SKILL_LIST);
	}

	@Override
	public Mono<ListResponse<Skill>> listAsync(SkillListParams params) {
		return this.executor.mono(() -> listRequest(params), SKILL_LIST);
	}

	@Override
	public CursorPager<Skill> listAutoPaging(SkillListParams params) {
		return CursorPager.of(params, this::listAsync, Skill::id);
	}

	@Override
	public Skill retrieve(String skillId) {
		return this.executor.blocking(retrieveRequest(skillId), Skill.class);
	}

	@Override
	public Mono<Skill> retrieveAsync(String skillId) {
		return this.executor.mono(() -> retrieveRequest(skillId), Skill.class);
	}

	@Override
	public Skill updateDefaultVersion(String skillId, String defaultVersion) {
		return this.executor.blocking(updateRequest(skillId, defaultVersion), Skill.class);
	}

	@Override
	public Mono<Skill> updateDefaultVersionAsync(String skillId, String defaultVersion) {
		return this.executor.mono(() -> updateRequest(skillId, defaultVersion), Skill.class);
	}

	@Override
	public DeletionStatus delete(String skillId) {
		return this.executor.blocking(deleteRequest(skillId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String skillId) {
		return this.executor.mono(() -> deleteRequest(skillId), DeletionStatus.class);
	}

	@Override
	public long downloadContent(String skillId, Path target) {
		return ContentWriter.write(this.executor.download(() -> contentRequest(skillId)), target);
	}

	@Override
	public long downloadContent(String skillId, OutputStream target) {
		return ContentWriter.write(this.executor.download(() -> contentRequest(skillId)), target);
	}

	@Override
	public Mono<Long> downloadContentAsync(String skillId, Path target) {
		return ContentWriter.writeAsync(this.executor.download(() -> contentRequest(skillId)), target);
	}

	@Override
	public Flux<ByteBuffer> contentAsync(String skillId) {
		return this.executor.downloadBytes(() -> contentRequest(skillId));
	}

	@Override
	public SkillVersionService versions() {
		return this.versions;
	}

	private ApiRequest createRequest(CreateSkillRequest request) {
		Validation.required("request", request);
		return ApiRequest.post("/skills")
			.operation("skills.create")
			.multipartBody(SkillFiles.addTo(this.executor.form(), request.files()).fields(request.extra()).build())
			.build();
	}

	private static ApiRequest listRequest(SkillListParams params) {
		Validation.required("params", params);
		return params.applyTo(ApiRequest.get("/skills")).operation("skills.list").build();
	}

	private static ApiRequest retrieveRequest(String skillId) {
		return ApiRequest.get(SKILL_PATH, skillId).operation("skills.retrieve").build();
	}

	private static ApiRequest updateRequest(String skillId, String defaultVersion) {
		return ApiRequest.post(SKILL_PATH, skillId)
			.operation("skills.update")
			.jsonBody(new DefaultVersionUpdate(defaultVersion))
			.build();
	}

	private static ApiRequest deleteRequest(String skillId) {
		return ApiRequest.delete(SKILL_PATH, skillId).operation("skills.delete").build();
	}

	private static ApiRequest contentRequest(String skillId) {
		return ApiRequest.get(SKILL_PATH + "/content", skillId).operation("skills.content").build();
	}

}
