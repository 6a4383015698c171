package dev.integrations.openai.batches;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One line of a batch output or error file: the outcome of the request with {@link #customId()}.
 *
 * @param id the ID of the batch request, such as {@code batch_req_123}
 * @param customId the ID the caller gave the request in the input file
 * @param response the HTTP response, when the request was sent
 * @param error why the request was not sent, such as an expired batch
 */
public record BatchResult(@Nullable String id, String customId, @Nullable BatchResultResponse response,
		@Nullable BatchResultError error) {

	/**
	 * Requires the {@code custom_id}, the key that matches a result to its request.
	 */
	public BatchResult {
		Objects.requireNonNull(customId, "custom_id is missing");
	}

	/** @return whether the request got a 2xx response and no error */
	public boolean isSuccessful() {
		return this.error == null && this.response != null && this.response.isSuccessful();
	}

}
