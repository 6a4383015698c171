package dev.integrations.openai.realtime;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A Realtime response resource, as sent in {@code response.created} and {@code response.done}.
 *
 * @param id the response id
 * @param object always {@code realtime.response}
 * @param status {@code completed}, {@code cancelled}, {@code failed}, {@code incomplete} or {@code in_progress}
 * @param statusDetails why the response was cancelled, incomplete or failed
 * @param output the output items: assistant messages, function calls, MCP items
 * @param metadata the metadata set on the response
 * @param audio the audio output settings
 * @param usage token usage, on {@code response.done}
 * @param conversationId the conversation the items were added to, if any
 * @param outputModalities {@code audio} or {@code text}
 * @param maxOutputTokens the output token limit: an {@code Integer} or the {@code String} {@code inf}
 * @param extra fields this client does not know, kept as read
 */
public record RealtimeResponse(@Nullable String id, @Nullable String object, @Nullable String status,
		@Nullable StatusDetails statusDetails, List<RealtimeItem> output, @Nullable Map<String, String> metadata,
		@Nullable RealtimeAudioConfig audio, @Nullable RealtimeUsage usage, @Nullable String conversationId,
		List<String> outputModalities, @Nullable Object maxOutputTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/** Normalizes the lists and the extra fields. */
	public RealtimeResponse {
		output = (output != null) ? List.copyOf(output) : List.of();
		outputModalities = (outputModalities != null) ? List.copyOf(outputModalities) : List.of();
		extra = Extras.copy(extra);
	}

	/**
	 * Why a response ended as it did.
	 *
	 * @param type {@code completed}, {@code cancelled}, {@code failed} or {@code incomplete}
	 * @param reason {@code turn_detected}, {@code client_cancelled}, {@code max_output_tokens} or
	 * {@code content_filter}
	 * @param error the error of a failed response
	 */
	public record StatusDetails(@Nullable String type, @Nullable String reason, @Nullable Error error) {

	}

	/**
	 * The error of a failed response.
	 *
	 * @param type the error type
	 * @param code the error code
	 */
	public record Error(@Nullable String type, @Nullable String code) {

	}

}
