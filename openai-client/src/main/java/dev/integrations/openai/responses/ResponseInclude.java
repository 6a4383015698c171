package dev.integrations.openai.responses;

/**
 * Known values of {@code include}: extra output data a response can carry. Strings rather than an enum, so that a
 * value the API adds later can be sent at once.
 */
public final class ResponseInclude {

	/** The search results of file search calls. */
	public static final String FILE_SEARCH_CALL_RESULTS = "file_search_call.results";

	/** The search results of web search calls. */
	public static final String WEB_SEARCH_CALL_RESULTS = "web_search_call.results";

	/** The sources of web search calls. */
	public static final String WEB_SEARCH_CALL_ACTION_SOURCES = "web_search_call.action.sources";

	/** Image URLs of input messages. */
	public static final String MESSAGE_INPUT_IMAGE_URL = "message.input_image.image_url";

	/** Image URLs of computer call outputs. */
	public static final String COMPUTER_CALL_OUTPUT_IMAGE_URL = "computer_call_output.output.image_url";

	/** The outputs of code interpreter calls. */
	public static final String CODE_INTERPRETER_CALL_OUTPUTS = "code_interpreter_call.outputs";

	/** Encrypted reasoning, to send back in stateless multi-turn conversations ({@code store=false}). */
	public static final String REASONING_ENCRYPTED_CONTENT = "reasoning.encrypted_content";

	/** Log probabilities of output text tokens. */
	public static final String OUTPUT_TEXT_LOGPROBS = "message.output_text.logprobs";

	private ResponseInclude() {
	}

}
