package dev.integrations.openai.autoconfigure;

/**
 * The kind of server a client calls ({@code openai.provider}, {@code openai.clients.<name>.provider}).
 */
public enum OpenAIProvider {

	/** OpenAI's API: a bearer API key is required. */
	OPENAI,

	/**
	 * Azure OpenAI: the {@code api-key} header, or Microsoft Entra ID tokens when no key is set; Azure's v1 or
	 * deployment URL form.
	 */
	AZURE,

	/** An OpenAI-compatible server (vLLM, Ollama, llama.cpp, ...): a key only when one is set. */
	COMPATIBLE

}
