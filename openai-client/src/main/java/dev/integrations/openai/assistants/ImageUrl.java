package dev.integrations.openai.assistants;

import org.jspecify.annotations.Nullable;

/**
 * An image in message content, referenced by an external URL (jpeg, jpg, png, gif or webp).
 *
 * @param url the image URL; {@code null} only in stream deltas
 * @param detail the detail level: {@code auto} (default), {@code low} or {@code high}
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 */
@Deprecated
public record ImageUrl(@Nullable String url, @Nullable ImageDetail detail) {

}
