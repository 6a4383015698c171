package dev.integrations.openai.finetuning;

import java.util.List;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * Lets other projects of the organization use a fine-tuned model checkpoint
 * ({@code /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions}). These endpoints need an admin API
 * key. Blocking methods run on the caller's thread; {@code Async} methods return a lazy {@link Mono}.
 */
public interface CheckpointPermissionService extends OpenAIService<CheckpointPermissionService> {

	/**
	 * Grants projects access to a checkpoint ({@code POST .../permissions}).
	 * @param checkpoint the checkpoint model, such as {@code ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd}
	 * @param projectIds the projects to grant access to
	 * @return the permissions created
	 */
	ListResponse<CheckpointPermission> create(String checkpoint, List<String> projectIds);

	/** {@link #create(String, List)} as a lazy {@link Mono}. */
	Mono<ListResponse<CheckpointPermission>> createAsync(String checkpoint, List<String> projectIds);

	/**
	 * Lists one page of the permissions of a checkpoint ({@code GET .../permissions}).
	 * @param checkpoint the checkpoint model
	 * @param params the filter, cursor, page size and order
	 * @return the page
	 */
	ListResponse<CheckpointPermission> list(String checkpoint, CheckpointPermissionListParams params);

	/** {@link #list(String, CheckpointPermissionListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<CheckpointPermission>> listAsync(String checkpoint, CheckpointPermissionListParams params);

	/**
	 * Walks every permission of a checkpoint, fetching pages as they are consumed.
	 * @param checkpoint the checkpoint model
	 * @param params the filter, first cursor, page size and order
	 * @return the pager
	 */
	CursorPager<CheckpointPermission> listAutoPaging(String checkpoint, CheckpointPermissionListParams params);

	/**
	 * Walks every permission of a checkpoint with the API's default page size and order, fetching pages lazily.
	 * @param checkpoint the fine-tuned model checkpoint
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<CheckpointPermission> listAutoPaging(String checkpoint) {
		return listAutoPaging(checkpoint, CheckpointPermissionListParams.DEFAULTS);
	}


	/**
	 * Revokes a permission ({@code DELETE .../permissions/{permission_id}}).
	 * @param checkpoint the checkpoint model
	 * @param permissionId the permission, such as {@code cp_zc4Q7MP6XxulcVzj4MZdwsAB}
	 * @return the deletion status
	 */
	DeletionStatus delete(String checkpoint, String permissionId);

	/** {@link #delete(String, String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String checkpoint, String permissionId);

}
