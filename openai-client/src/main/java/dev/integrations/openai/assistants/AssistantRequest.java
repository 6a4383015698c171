package dev.integrations.openai.assistants;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of create assistant ({@code model} required) and modify assistant (every field optional; only the
 * fields set are changed). Build with {@link #builder()}.
 *
 * @param model the model ID
 * @param name the name, up to 256 characters
 * @param description the description, up to 512 characters
 * @param instructions the system instructions, up to 256,000 characters
 * @param reasoningEffort the reasoning effort of reasoning models, such as {@code low} or {@code high}
 * @param tools the tools, up to 128
 * @param toolResources the resources of the tools
 * @param metadata up to 16 key-value pairs
 * @param temperature the sampling temperature, 0 to 2
 * @param topP the nucleus sampling mass, 0 to 1
 * @param responseFormat the output format
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
@Deprecated
public record AssistantRequest(@Nullable String model, @Nullable String name, @Nullable String description,
		@Nullable String instructions, @Nullable String reasoningEffort, @Nullable List<AssistantTool> tools,
		@Nullable ToolResources toolResources, @Nullable Map<String, String> metadata, @Nullable Double temperature,
		@Nullable Double topP, @Nullable ResponseFormat responseFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Validates the fields against the API's limits.
	 */
	public AssistantRequest {
		extra = Extras.copy(extra);
		AssistantsApi.maxLength("name", name, 256);
		AssistantsApi.maxLength("description", description, 512);
		AssistantsApi.maxLength("instructions", instructions, 256_000);
		Validation.maxSize("tools", tools, 128);
		Validation.metadata("metadata", metadata);
		Validation.range("temperature", temperature, 0, 2);
		Validation.range("top_p", topP, 0, 1);
		tools = (tools != null) ? List.copyOf(tools) : null;
		AssistantsApi.validateTools(tools, toolResources, responseFormat);
	}

	/** @return a new builder */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * Builds an {@link AssistantRequest}.
	 *
	 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API
	 */
	@Deprecated
	public static final class Builder extends RecordBuilder<AssistantRequest, Builder> {

		private Builder(@Nullable AssistantRequest from) {
			super(AssistantRequest.class, from);
		}

		/** The model ID. */
		public Builder model(String model) {
			return set("model", model);
		}

		/** The name, up to 256 characters. */
		public Builder name(String name) {
			return set("name", name);
		}

		/** The description, up to 512 characters. */
		public Builder description(String description) {
			return set("description", description);
		}

		/** The system instructions. */
		public Builder instructions(String instructions) {
			return set("instructions", instructions);
		}

		/** The reasoning effort, such as {@code low}, {@code medium} or {@code high}. */
		public Builder reasoningEffort(String reasoningEffort) {
			return set("reasoningEffort", reasoningEffort);
		}

		/** Adds a tool. */
		public Builder tool(AssistantTool tool) {
			return add("tools", tool);
		}

		/** Replaces the tools; an empty list removes every tool on modify. */
		public Builder tools(List<AssistantTool> tools) {
			return set("tools", tools);
		}

		/** The resources of the tools. */
		public Builder toolResources(ToolResources toolResources) {
			return set("toolResources", toolResources);
		}

		/** Up to 16 key-value pairs. */
		public Builder metadata(Map<String, String> metadata) {
			return set("metadata", metadata);
		}

		/** The sampling temperature, 0 to 2. */
		public Builder temperature(double temperature) {
			return set("temperature", temperature);
		}

		/** The nucleus sampling mass, 0 to 1. */
		public Builder topP(double topP) {
			return set("topP", topP);
		}

		/** The output format. */
		public Builder responseFormat(ResponseFormat responseFormat) {
			return set("responseFormat", responseFormat);
		}

	}

}
