package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * A grader whose {@code type} this client does not know yet, read so that a job using it still parses. Only its
 * name is kept; it is not meant to be sent.
 *
 * @param name the name of the grader
 */
public record UnknownGrader(@Nullable String name) implements Grader {

}
