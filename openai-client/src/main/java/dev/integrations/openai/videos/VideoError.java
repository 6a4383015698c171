package dev.integrations.openai.videos;

/**
 * Why a video job failed.
 *
 * @param code a machine-readable error code
 * @param message a human-readable description
 */
public record VideoError(String code, String message) {
}
