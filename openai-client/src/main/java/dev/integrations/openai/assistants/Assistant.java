package dev.integrations.openai.assistants;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * An assistant: a model with instructions and tools.
 *
 * @param id the assistant ID, such as {@code asst_abc123}
 * @param object always {@code assistant}
 * @param createdAt when it was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param name the name, up to 256 characters
 * @param description the description, up to 512 characters
 * @param model the model ID
 * @param instructions the system instructions
 * @param tools the tools, up to 128
 * @param toolResources the resources of the tools
 * @param metadata up to 16 key-value pairs
 * @param temperature the sampling temperature, 0 to 2
 * @param topP the nucleus sampling mass, 0 to 1
 * @param responseFormat the output format
 * @param reasoningEffort the reasoning effort of reasoning models
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
@Deprecated
public record Assistant(String id, String object, long createdAt, @Nullable String name, @Nullable String description,
		String model, @Nullable String instructions, List<AssistantTool> tools, @Nullable ToolResources toolResources,
		Map<String, String> metadata, @Nullable Double temperature, @Nullable Double topP,
		@Nullable ResponseFormat responseFormat, @Nullable String reasoningEffort,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Normalizes missing lists and maps to empty ones.
	 */
	public Assistant {
		extra = Extras.copy(extra);
		tools = WireLists.copyOf(tools);
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
