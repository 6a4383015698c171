package dev.integrations.openai.assistants;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of submit tool outputs.
 *
 * @param toolOutputs the outputs
 * @param stream {@code true} for a streamed continuation, otherwise {@code null}
 */
@Deprecated
record SubmitToolOutputsBody(List<ToolOutput> toolOutputs, @Nullable Boolean stream) {

}
