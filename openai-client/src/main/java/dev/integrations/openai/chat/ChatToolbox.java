package dev.integrations.openai.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.UserJson;
import dev.integrations.openai.internal.Validation;

/**
 * Function tools backed by Java functions, for one round of tool calling: declare the tools with
 * {@link #tools()}, and when the model calls them, {@link #answer} runs each call with its arguments read as the
 * tool's type and returns the next request with the results. Immutable; {@link #with} returns a new toolbox.
 * <pre>{@code
 * ChatToolbox toolbox = ChatToolbox.of()
 *     .with("get_weather", "Current weather in a city", WeatherQuery.class, weather::lookup);
 * ChatCompletionRequest request = ChatCompletionRequest.builder().model("gpt-4o")
 *     .addUserMessage("Weather in Paris?").tools(toolbox.tools()).build();
 * ChatCompletion first = chat.create(request);
 * ChatCompletion answer = chat.create(toolbox.answer(request, first));
 * }</pre>
 * The functions run on the thread that calls {@link #answer}; in reactive code call it on a scheduler that may
 * block, such as {@code Schedulers.boundedElastic()}, when they do I/O.
 */
public final class ChatToolbox {

	private static final ChatToolbox EMPTY = new ChatToolbox(Map.of());

	private final Map<String, Tool<?>> tools;

	private ChatToolbox(Map<String, Tool<?>> tools) {
		this.tools = tools;
	}

	/** @return a toolbox without tools */
	public static ChatToolbox of() {
		return EMPTY;
	}

	/**
	 * A toolbox with one more tool: a strict function tool whose parameters are a Java type
	 * ({@link ChatTool#function(String, String, Class)}).
	 * @param <T> the type of the arguments
	 * @param name the function name, unique in the toolbox
	 * @param description what the function does, for the model
	 * @param parameters the type of the arguments, such as a record
	 * @param function runs a call; a {@code String} result is sent as is, any other written as JSON
	 * @return the new toolbox
	 */
	public <T> ChatToolbox with(String name, String description, Class<T> parameters,
			Function<? super T, ?> function) {
		Validation.required("function", function);
		if (this.tools.containsKey(name)) {
			throw new OpenAIValidationException("tools", "the toolbox already has a tool named " + name);
		}
		Map<String, Tool<?>> tools = new LinkedHashMap<>(this.tools);
		tools.put(name, new Tool<>(ChatTool.function(name, description, parameters), parameters, function));
		return new ChatToolbox(tools);
	}

	/** @return the tools to declare in the request ({@code tools}), in the order they were added */
	public List<ChatTool> tools() {
		return this.tools.values().stream().<ChatTool>map(Tool::tool).toList();
	}

	/**
	 * Runs the function calls of a completion's first choice and returns the request that continues the
	 * conversation: the request's messages, then the assistant message with the calls, then one tool message per
	 * call with the function's result.
	 * @param request the request the completion answered
	 * @param completion the completion with the calls ({@code finish_reason: tool_calls})
	 * @return the next request; the same request plus the assistant message when the model called no function
	 * @throws OpenAIValidationException if the model called a function the toolbox does not have
	 * @throws dev.integrations.openai.errors.OutputParseException naming the tool when its arguments do not fit
	 */
	public ChatCompletionRequest answer(ChatCompletionRequest request, ChatCompletion completion) {
		Validation.required("request", request);
		Validation.required("completion", completion);
		if (completion.choices().isEmpty()) {
			throw new OpenAIValidationException("choices", "the completion has no choice to answer");
		}
		ChatCompletionMessage message = completion.choices().get(0).message();
		ChatCompletionRequestBuilder next = request.toBuilder().addMessage(AssistantMessage.from(message));
		for (ToolCall call : message.toolCalls()) {
			if (call instanceof ToolCall.Function function) {
				Tool<?> tool = this.tools.get(function.function().name());
				if (tool == null) {
					throw new OpenAIValidationException("tool_calls", "the model called " + function.function().name()
							+ ", which the toolbox does not have");
				}
				next.addToolMessage(function.id(), tool.run(function));
			}
		}
		return next.build();
	}

	/** One tool: its declaration, the type of its arguments and the function that runs it. */
	private record Tool<T>(ChatTool.Function tool, Class<T> type, Function<? super T, ?> function) {

		String run(ToolCall.Function call) {
			Object result = this.function.apply(call.arguments(this.type));
			return (result instanceof String text) ? text : UserJson.mapper().writeValueAsString(result);
		}

	}

}
