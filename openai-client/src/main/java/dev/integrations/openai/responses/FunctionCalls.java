package dev.integrations.openai.responses;

import dev.integrations.openai.internal.UserJson;

/**
 * Reads the arguments of the model's function calls as the Java types the tools were declared with
 * ({@link ResponseTool#function(String, String, Class)}).
 * <pre>{@code
 * for (ResponseItem.FunctionCall call : response.functionCalls()) {
 *     WeatherQuery query = FunctionCalls.arguments(call, WeatherQuery.class);
 * }
 * }</pre>
 */
public final class FunctionCalls {

	private FunctionCalls() {
	}

	/**
	 * Reads a call's arguments as a type, with the type's own JSON naming.
	 * @param <T> the type
	 * @param call the function call
	 * @param type the type of the arguments, such as a record
	 * @return the arguments
	 * @throws dev.integrations.openai.errors.OutputParseException naming the tool when the arguments are not JSON
	 * of the type
	 */
	public static <T> T arguments(ResponseItem.FunctionCall call, Class<T> type) {
		return UserJson.read(call.arguments(), type, call.name(), null);
	}

}
