package dev.integrations.openai.common;

/**
 * The answer of a delete call: {@code {"id", "object", "deleted"}}.
 *
 * @param id the ID of the deleted object
 * @param object what was deleted, such as {@code model} or {@code chat.completion.deleted}
 * @param deleted whether it was deleted
 */
public record DeletionStatus(String id, String object, boolean deleted) {

}
