package dev.integrations.openai.responses;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /responses/input_tokens}: the parts of a response request that make up its input. The
 * easiest way to get one is {@link #from(ResponseRequest)}, to count what a request would send.
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
 */
public record InputTokensRequest(@Nullable String model, @Nullable ResponseInput input,
		@Nullable String previousResponseId, @Nullable List<ResponseTool> tools, @Nullable TextConfig text,
		@Nullable ReasoningConfig reasoning, @Nullable String truncation, @Nullable String instructions,
		@Nullable String personality, @Nullable ConversationParam conversation, @Nullable ToolChoice toolChoice,
		@Nullable Boolean parallelToolCalls) {

	/**
	 * Checks the request rules of the text format, the tools and the tool choice.
	 */
	public InputTokensRequest {
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
		return new InputTokensRequest(model, ResponseInput.of(input), null, null, null, null, null, null, null, null,
				null, null);
	}

	/**
	 * Counts the input of a response request.
	 * @param request the response request
	 * @return the request
	 */
	public static InputTokensRequest from(ResponseRequest request) {
		return new InputTokensRequest(request.model(), request.input(), request.previousResponseId(), request.tools(),
				request.text(), request.reasoning(), request.truncation(), request.instructions(), null,
				request.conversation(), request.toolChoice(), request.parallelToolCalls());
	}

}
