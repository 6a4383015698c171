package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /responses/input_tokens}: the parts of a response request that make up its input. The
 * easiest way to get one is {@link #from(ResponseRequest)}, to count what a request would send; {@link #builder()}
 * sets anything else.
 *
 * @param model the model whose tokenizer counts
 * @param input the input: text or items
 * @param previousResponseId the response the input continues
 * @param tools the tools the model may call
 * @param text the text output configuration
 * @param reasoning the reasoning configuration
 * @param truncation {@code auto} or {@code disabled} (deprecated by the API)
 * @param instructions a system (developer) message
 * @param personality the personality, such as {@code friendly} or {@code pragmatic}
 * @param conversation the conversation, as an ID or {@code {id}}
 * @param toolChoice how the model picks tools
 * @param parallelToolCalls whether tool calls may run in parallel
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record InputTokensRequest(@Nullable String model, @Nullable ResponseInput input,
		@Nullable String previousResponseId, @Nullable List<ResponseTool> tools, @Nullable TextConfig text,
		@Nullable ReasoningConfig reasoning, @Nullable String truncation, @Nullable String instructions,
		@Nullable String personality, @Nullable ConversationParam conversation, @Nullable ToolChoice toolChoice,
		@Nullable Boolean parallelToolCalls, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the request rules of the text format, the tools and the tool choice.
	 */
	public InputTokensRequest {
		extra = Extras.copy(extra);
		if (text != null) {
			text.validate();
		}
		if (tools != null) {
			tools.forEach(ResponseTool::validate);
		}
		if (toolChoice != null) {
			toolChoice.validate();
		}
	}

	/**
	 * Counts text input for a model.
	 * @param model the model
	 * @param input the text
	 * @return the request
	 */
	public static InputTokensRequest of(String model, String input) {
		return builder().model(model).input(ResponseInput.of(input)).build();
	}

	/**
	 * Counts the input of a response request.
	 * @param request the response request
	 * @return the request
	 */
	public static InputTokensRequest from(ResponseRequest request) {
		return new InputTokensRequest(request.model(), request.input(), request.previousResponseId(), request.tools(),
				request.text(), request.reasoning(), request.truncation(), request.instructions(), null,
				request.conversation(), request.toolChoice(), request.parallelToolCalls(), null);
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * A builder initialized with this request.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds an {@link InputTokensRequest}; every field is optional.
	 */
	public static final class Builder extends RecordBuilder<InputTokensRequest, Builder> {

		private Builder(@Nullable InputTokensRequest from) {
			super(InputTokensRequest.class, from);
		}

		/** Sets {@code model}: the model whose tokenizer counts, or {@code null}. */
		public Builder model(@Nullable String model) {
			return set("model", model);
		}

		/** Sets {@code input}: the input: text or items, or {@code null}. */
		public Builder input(@Nullable ResponseInput input) {
			return set("input", input);
		}

		/** Sets {@code previous_response_id}: the response the input continues, or {@code null}. */
		public Builder previousResponseId(@Nullable String previousResponseId) {
			return set("previousResponseId", previousResponseId);
		}

		/** Sets {@code tools}: the tools the model may call, or {@code null}. */
		public Builder tools(@Nullable List<ResponseTool> tools) {
			return set("tools", tools);
		}

		/** Sets {@code text}: the text output configuration, or {@code null}. */
		public Builder text(@Nullable TextConfig text) {
			return set("text", text);
		}

		/** Sets {@code reasoning} ({@code null} unsets it). */
		public Builder reasoning(@Nullable ReasoningConfig reasoning) {
			return set("reasoning", reasoning);
		}

		/** Sets {@code truncation}: {@code auto} or {@code disabled}, or {@code null}. */
		public Builder truncation(@Nullable String truncation) {
			return set("truncation", truncation);
		}

		/** Sets {@code instructions}: a system (developer) message, or {@code null}. */
		public Builder instructions(@Nullable String instructions) {
			return set("instructions", instructions);
		}

		/** Sets {@code personality}: the personality, such as {@code friendly}, or {@code null}. */
		public Builder personality(@Nullable String personality) {
			return set("personality", personality);
		}

		/** Sets {@code conversation}: the conversation, as an ID or {@code {id}}, or {@code null}. */
		public Builder conversation(@Nullable ConversationParam conversation) {
			return set("conversation", conversation);
		}

		/** Sets {@code tool_choice}: how the model picks tools, or {@code null}. */
		public Builder toolChoice(@Nullable ToolChoice toolChoice) {
			return set("toolChoice", toolChoice);
		}

		/** Sets {@code parallel_tool_calls}: whether tool calls may run in parallel, or {@code null}. */
		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			return set("parallelToolCalls", parallelToolCalls);
		}

	}

}
