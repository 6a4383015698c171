package dev.integrations.openai.evals;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code DELETE /evals/{eval_id}/runs/{run_id}}.
 *
 * @param object always {@code eval.run.deleted}
 * @param deleted whether the run was deleted
 * @param runId the ID of the deleted run
 */
public record EvalRunDeletion(@Nullable String object, boolean deleted, @Nullable String runId) {
}
