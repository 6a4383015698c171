package dev.integrations.openai.finetuning;

import java.util.List;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Mono;

/**
 * {@link CheckpointPermissionService} over the shared executor.
 */
final class DefaultCheckpointPermissionService implements CheckpointPermissionService {

	private static final ParameterizedTypeReference<ListResponse<CheckpointPermission>> PERMISSION_LIST = new ParameterizedTypeReference<>() {
	};

	private static final String PERMISSIONS = "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions";

	private final ApiExecutor executor;

	DefaultCheckpointPermissionService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public CheckpointPermissionService withOptions(RequestOptions options) {
		return new DefaultCheckpointPermissionService(this.executor.withOptions(options));
	}

	@Override
	public ListResponse<CheckpointPermission> create(String checkpoint, List<String> projectIds) {
		return this.executor.blocking(createRequest(checkpoint, projectIds), PERMISSION_LIST);
	}

	@Override
	public Mono<ListResponse<CheckpointPermission>> createAsync(String checkpoint, List<String> projectIds) {
		return this.executor.mono(() -> createRequest(checkpoint, projectIds), PERMISSION_LIST);
	}

	@Override
	public ListResponse<CheckpointPermission> list(String checkpoint, CheckpointPermissionListParams params) {
		return this.executor.blocking(listRequest(checkpoint, params), PERMISSION_LIST);
	}

	@Override
	public Mono<ListResponse<CheckpointPermission>> listAsync(String checkpoint,
			CheckpointPermissionListParams params) {
		return this.executor.mono(() -> listRequest(checkpoint, params), PERMISSION_LIST);
	}

	@Override
	public CursorPager<CheckpointPermission> listAutoPaging(String checkpoint, CheckpointPermissionListParams params) {
		return CursorPager.of(params, (page) -> listAsync(checkpoint, page), CheckpointPermission::id);
	}

	@Override
	public DeletionStatus delete(String checkpoint, String permissionId) {
		return this.executor.blocking(deleteRequest(checkpoint, permissionId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String checkpoint, String permissionId) {
		return this.executor.mono(() -> deleteRequest(checkpoint, permissionId), DeletionStatus.class);
	}

	private static ApiRequest createRequest(String checkpoint, List<String> projectIds) {
		CreatePermissionBody body = new CreatePermissionBody(projectIds);
		return ApiRequest.post(PERMISSIONS, checkpoint)
			.operation("fine_tuning.checkpoints.permissions.create")
			.model(checkpoint)
			.jsonBody(body)
			.build();
	}

	private static ApiRequest listRequest(String checkpoint, CheckpointPermissionListParams params) {
		Validation.required("params", params);
		return ApiRequest.get(PERMISSIONS, checkpoint)
			.operation("fine_tuning.checkpoints.permissions.list")
			.model(checkpoint)
			.query("project_id", params.projectId())
			.query("after", params.after())
			.query("limit", params.limit())
			.query("order", (params.order() != null) ? params.order().wireValue() : null)
			.build();
	}

	private static ApiRequest deleteRequest(String checkpoint, String permissionId) {
		return ApiRequest.delete(PERMISSIONS + "/{permission_id}", checkpoint, permissionId)
			.operation("fine_tuning.checkpoints.permissions.delete")
			.model(checkpoint)
			.build();
	}

}
