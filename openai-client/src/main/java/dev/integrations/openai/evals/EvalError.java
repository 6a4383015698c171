package dev.integrations.openai.evals;

/**
 * An error of an eval run or of one of its samples ({@code EvalApiError}).
 *
 * @param code the error code
 * @param message the error message
 */
public record EvalError(String code, String message) {
}
