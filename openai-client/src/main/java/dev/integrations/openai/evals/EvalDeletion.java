package dev.integrations.openai.evals;

/**
 * The answer of {@code DELETE /evals/{eval_id}}.
 *
 * @param object always {@code eval.deleted}
 * @param deleted whether the eval was deleted
 * @param evalId the ID of the deleted eval
 */
public record EvalDeletion(String object, boolean deleted, String evalId) {
}
