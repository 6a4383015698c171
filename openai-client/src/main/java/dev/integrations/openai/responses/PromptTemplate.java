package dev.integrations.openai.responses;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A reference to a stored prompt template and its variables ({@code prompt}).
 *
 * @param id the prompt ID
 * @param version the version, or {@code null} for the current one
 * @param variables values for the template's variables: strings, or input content parts such as
 * {@link ContentPart#imageUrl(String)}
 */
public record PromptTemplate(String id, @Nullable String version, @Nullable Map<String, Object> variables) {

}
