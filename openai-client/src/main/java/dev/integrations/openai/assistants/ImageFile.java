package dev.integrations.openai.assistants;

import org.jspecify.annotations.Nullable;

/**
 * An image in message content, referenced by the ID of an uploaded file (upload it with purpose {@code vision}).
 *
 * @param fileId the file ID; {@code null} only in stream deltas
 * @param detail the detail level: {@code auto} (default), {@code low} or {@code high}
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record ImageFile(@Nullable String fileId, @Nullable ImageDetail detail) {

}
