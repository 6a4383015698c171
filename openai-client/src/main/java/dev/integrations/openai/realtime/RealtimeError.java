package dev.integrations.openai.realtime;

import dev.integrations.openai.errors.ApiError;
import org.jspecify.annotations.Nullable;

/**
 * The error object of a Realtime {@code error} event (and of a failed input audio transcription).
 *
 * @param type the error type, such as {@code invalid_request_error} or {@code server_error}
 * @param code the error code, if any
 * @param message the human-readable message
 * @param param the parameter the error is about, if any
 * @param eventId the {@code event_id} of the client event that caused the error, if any
 */
public record RealtimeError(@Nullable String type, @Nullable String code, @Nullable String message,
		@Nullable String param, @Nullable String eventId) {

	/**
	 * The error in the client's common shape, for {@link dev.integrations.openai.errors.OpenAIStreamException}.
	 * @return the API error
	 */
	public ApiError toApiError() {
		return new ApiError((this.message != null) ? this.message : "Realtime error", this.type, this.code,
				this.param);
	}

}
