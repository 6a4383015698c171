package dev.integrations.openai.samples.chat;

import java.util.ArrayList;
import java.util.List;

import dev.integrations.openai.autoconfigure.OpenAIClients;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.client.OpenAIClient;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The clients the page can switch between: {@value #DEFAULT} (the starter's top-level client, {@code openai.*}) and
 * every named client of {@code openai.clients.<name>.*}, each with the model it asks for.
 */
@Component
class ChatClients {

	/** The name of the top-level client, as the starter's metrics tag it. */
	static final String DEFAULT = "default";

	private final OpenAIClient client;

	private final ChatCompletionService chat;

	private final @Nullable OpenAIClients named;

	private final ChatAppProperties properties;

	ChatClients(OpenAIClient client, ChatCompletionService chat, ObjectProvider<OpenAIClients> named,
			ChatAppProperties properties) {
		this.client = client;
		this.chat = chat;
		this.named = named.getIfAvailable();
		this.properties = properties;
	}

	/** @return every client, the top-level one first */
	List<ClientInfo> list() {
		List<ClientInfo> clients = new ArrayList<>();
		clients.add(new ClientInfo(DEFAULT, model(DEFAULT), this.client.config().host()));
		if (this.named != null) {
			this.named.asMap().forEach((name, named) -> clients.add(new ClientInfo(name, model(name), named.config().host())));
		}
		return clients;
	}

	/**
	 * The chat service of a client.
	 * @param name {@value #DEFAULT} or a named client's name
	 * @return its service
	 * @throws ResponseStatusException (400) when no client has that name
	 */
	ChatCompletionService chat(String name) {
		if (DEFAULT.equals(name)) {
			return this.chat;
		}
		if (this.named == null || !this.named.names().contains(name)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no client named '" + name + "'");
		}
		return this.named.get(name).chatCompletions();
	}

	/**
	 * The model a client asks for.
	 * @param name the client's name
	 * @return {@code chat-app.models.<name>}, else {@code chat-app.model}
	 */
	String model(String name) {
		return this.properties.getModels().getOrDefault(name, this.properties.getModel());
	}

	/**
	 * One client, as the page lists it.
	 * @param name {@value #DEFAULT} or the key of {@code openai.clients}
	 * @param model the model it asks for
	 * @param host the API host it calls
	 */
	record ClientInfo(String name, String model, String host) {
	}

}
