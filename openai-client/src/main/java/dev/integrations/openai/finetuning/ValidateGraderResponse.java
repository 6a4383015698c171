package dev.integrations.openai.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /fine_tuning/alpha/graders/validate}.
 *
 * @param grader the grader as the API understood it
 */
public record ValidateGraderResponse(@Nullable Grader grader) {
}
