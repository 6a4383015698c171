package dev.integrations.openai.realtime;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.responses.PromptTemplate;
import dev.integrations.openai.responses.ToolChoice;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one response ({@code RealtimeResponseCreateParams} of {@code response.create}), overriding the
 * session's settings for this response only. Build it with {@link #builder()}.
 *
 * @param outputModalities {@code audio} or {@code text}
 * @param instructions the instructions for this response
 * @param audio the output audio settings (format and voice)
 * @param tools the tools for this response
 * @param toolChoice how the model picks tools
 * @param parallelToolCalls whether tool calls may run in parallel
 * @param reasoning the reasoning settings, for reasoning models
 * @param maxOutputTokens an {@code Integer} from 1 to 4096, or the {@code String} {@code inf}
 * @param conversation {@code auto} (add the output to the conversation, the default), {@code none} (an
 * out-of-band response), or a conversation id
 * @param metadata up to 16 key-value pairs, echoed in server events
 * @param prompt a stored prompt template and its variables
 * @param input the input of an out-of-band response, instead of the conversation
 * @param extra properties this client does not know, written as they are
 */
public record RealtimeResponseParams(@Nullable List<String> outputModalities, @Nullable String instructions,
		@Nullable RealtimeAudioConfig audio, @Nullable List<RealtimeTool> tools, @Nullable ToolChoice toolChoice,
		@Nullable Boolean parallelToolCalls, @Nullable RealtimeReasoning reasoning, @Nullable Object maxOutputTokens,
		@Nullable String conversation, @Nullable Map<String, String> metadata, @Nullable PromptTemplate prompt,
		@Nullable List<RealtimeItem> input, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/** Copies the lists and normalizes the extra fields. */
	public RealtimeResponseParams {
		outputModalities = (outputModalities != null) ? List.copyOf(outputModalities) : null;
		tools = (tools != null) ? List.copyOf(tools) : null;
		input = (input != null) ? List.copyOf(input) : null;
		extra = Extras.copy(extra);
	}

	/**
	 * Starts the parameters.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds {@link RealtimeResponseParams}. */
	public static final class Builder extends RealtimeModelSettingsBuilder<RealtimeResponseParams, Builder> {

		private Builder() {
			super(RealtimeResponseParams.class, null);
		}

		/** Sets {@code audio.output}: the output format and voice ({@code speed} is a session setting). */
		public Builder audioOutput(RealtimeAudioConfig.Output output) {
			return set("audio", RealtimeAudioConfig.of(output));
		}

		/** Sets {@code conversation}: {@code auto}, {@code none} (out of band) or a conversation id. */
		public Builder conversation(String conversation) {
			return set("conversation", conversation);
		}

		/**
		 * Puts one {@code metadata} entry.
		 * @param key the key
		 * @param value the value
		 * @return this builder
		 */
		public Builder putMetadata(String key, String value) {
			return put("metadata", key, value);
		}

		/** Adds an input item of an out-of-band response: the item, such as {@link RealtimeItem#userText(String)}. */
		public Builder addInput(RealtimeItem item) {
			return add("input", item);
		}

	}

}
