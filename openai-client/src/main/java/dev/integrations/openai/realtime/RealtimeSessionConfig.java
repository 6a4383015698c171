package dev.integrations.openai.realtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.responses.PromptTemplate;
import dev.integrations.openai.responses.ToolChoice;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a speech-to-speech Realtime session ({@code RealtimeSessionCreateRequestGA}, type
 * {@code realtime}): sent in {@code session.update}, when a call is accepted or created, and attached to a client
 * secret; read from {@code session.created}/{@code session.updated} ({@code RealtimeSessionCreateResponseGA}, with
 * the read-only {@code id}, {@code object} and {@code expires_at}). Build it with {@link #builder()}; every field is
 * optional, a {@code session.update} changes only the fields it sets.
 *
 * @param outputModalities {@code audio} (the default) or {@code text}
 * @param model the Realtime model, such as {@code gpt-realtime}
 * @param instructions the system instructions
 * @param audio the input and output audio settings
 * @param include extra data in server events, such as {@code item.input_audio_transcription.logprobs}
 * @param tracing tracing in the Traces Dashboard
 * @param tools function and MCP tools the model may call
 * @param toolChoice {@link ToolChoice#AUTO}, {@link ToolChoice#NONE}, {@link ToolChoice#REQUIRED}, a function or an
 * MCP tool
 * @param parallelToolCalls whether tool calls may run in parallel
 * @param reasoning the reasoning settings, for reasoning models
 * @param maxOutputTokens the output token limit of a response: an {@code Integer} from 1 to 4096, or the
 * {@code String} {@code inf}
 * @param truncation how the conversation is truncated
 * @param prompt a stored prompt template and its variables
 * @param id the session id (read only)
 * @param object always {@code realtime.session} (read only)
 * @param expiresAt when the session expires, in Unix seconds (read only)
 * @param extra fields this client does not know, kept as read and written back
 */
@JsonTypeName("realtime")
@JsonIgnoreProperties("type")
public record RealtimeSessionConfig(@Nullable List<String> outputModalities, @Nullable String model,
		@Nullable String instructions, @Nullable RealtimeAudioConfig audio, @Nullable List<String> include,
		@Nullable RealtimeTracing tracing, @Nullable List<RealtimeTool> tools, @Nullable ToolChoice toolChoice,
		@Nullable Boolean parallelToolCalls, @Nullable RealtimeReasoning reasoning, @Nullable Object maxOutputTokens,
		@Nullable RealtimeTruncation truncation, @Nullable PromptTemplate prompt, @Nullable String id,
		@Nullable String object, @Nullable Long expiresAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements RealtimeSessionSettings {

	/** Copies the lists and normalizes the extra fields. */
	public RealtimeSessionConfig {
		outputModalities = (outputModalities != null) ? List.copyOf(outputModalities) : null;
		include = (include != null) ? List.copyOf(include) : null;
		tools = (tools != null) ? List.copyOf(tools) : null;
		extra = Extras.copy(extra);
	}

	/**
	 * Starts a configuration.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * Starts a builder with the settings of this configuration, such as one read from {@code session.created}.
	 * @return a builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/** @return {@link #expiresAt()} as an instant, {@code null} when not set */
	public @Nullable Instant expiresAtInstant() {
		return (this.expiresAt != null) ? Instant.ofEpochSecond(this.expiresAt) : null;
	}

	/** Builds a {@link RealtimeSessionConfig}. */
	public static final class Builder extends RealtimeModelSettingsBuilder<RealtimeSessionConfig, Builder> {

		private Builder(@Nullable RealtimeSessionConfig from) {
			super(RealtimeSessionConfig.class, from);
		}

		/** Sets {@code model}: the model, such as {@code gpt-realtime}. */
		public Builder model(String model) {
			return set("model", model);
		}

		/** Sets {@code audio}: the input and output audio settings. */
		public Builder audio(RealtimeAudioConfig audio) {
			return set("audio", audio);
		}

		/**
		 * Sets {@code include}: extra data in server events, such as {@code item.input_audio_transcription.logprobs}.
		 */
		public Builder include(String... include) {
			return set("include", List.of(include));
		}

		/** Sets {@code tracing}: {@link RealtimeTracing#AUTO} or a workflow configuration. */
		public Builder tracing(RealtimeTracing tracing) {
			return set("tracing", tracing);
		}

		/** Sets {@code tools}, replacing those added before. */
		public Builder tools(List<RealtimeTool> tools) {
			return set("tools", tools);
		}

		/**
		 * Sets {@code max_output_tokens} to {@code inf}, the model's own limit.
		 * @return this builder
		 */
		public Builder unlimitedOutputTokens() {
			return set("maxOutputTokens", "inf");
		}

		/**
		 * Sets {@code truncation}: {@link RealtimeTruncation#AUTO}, {@link RealtimeTruncation#DISABLED} or a retention
		 * ratio.
		 */
		public Builder truncation(RealtimeTruncation truncation) {
			return set("truncation", truncation);
		}

	}

}
