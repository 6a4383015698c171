package dev.integrations.openai.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.integrations.openai.client.OpenAIClient;

/**
 * The named clients of {@code openai.clients.<name>.*}, by name: {@code clients.get("azure").chatCompletions()}. The
 * top-level client ({@code openai.*}) is not part of it: inject it unqualified.
 */
public final class OpenAIClients {

	private final Set<String> names;

	private final List<String> orderedNames;

	private final Function<String, OpenAIClient> lookup;

	/**
	 * Creates the registry.
	 * @param names the names of the clients, in configuration order
	 * @param lookup finds the client of a name
	 */
	public OpenAIClients(Set<String> names, Function<String, OpenAIClient> lookup) {
		this.names = Set.copyOf(names);
		this.orderedNames = List.copyOf(names);
		this.lookup = lookup;
	}

	/** @return the names of the clients, in configuration order */
	public List<String> names() {
		return this.orderedNames;
	}

	/**
	 * The client of a name.
	 * @param name the name, as in {@code openai.clients.<name>}
	 * @return the client
	 * @throws IllegalArgumentException if no client has that name
	 */
	public OpenAIClient get(String name) {
		if (!this.names.contains(name)) {
			throw new IllegalArgumentException("No OpenAI client named '" + name + "'; configured: " + this.orderedNames);
		}
		return this.lookup.apply(name);
	}

	/** @return every client by name, in configuration order */
	public Map<String, OpenAIClient> asMap() {
		Map<String, OpenAIClient> clients = new LinkedHashMap<>();
		this.orderedNames.forEach((name) -> clients.put(name, get(name)));
		return clients;
	}

	@Override
	public String toString() {
		return "OpenAIClients" + this.orderedNames;
	}

}
