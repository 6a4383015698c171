package dev.integrations.openai.autoconfigure;

import java.util.List;

import dev.integrations.openai.resilience.ClientHook;

/**
 * A {@link ClientHook} that tells clients apart, such as the metrics hooks that tag every meter with the client's
 * name. The auto-configuration attaches {@link #forClient(String) forClient(name)} to each client it builds:
 * {@value #DEFAULT_CLIENT} for the top-level one, the key of {@code openai.clients.<name>} for a named one; so the
 * names are bounded by configuration. The hook itself stands for the {@value #DEFAULT_CLIENT} client.
 */
public interface PerClientHook extends ClientHook {

	/** The name of the top-level client ({@code openai.*}). */
	String DEFAULT_CLIENT = "default";

	/**
	 * The view of this hook for one client; the same instance for the same name, so that an orchestrator that
	 * already runs it is recognised ({@link dev.integrations.openai.resilience.ResilienceOrchestrator#withHooks}).
	 * @param clientName the client's name
	 * @return the hook to attach to that client
	 */
	ClientHook forClient(String clientName);

	/**
	 * The hooks to attach to one client: each {@link PerClientHook} replaced by its view for the name.
	 * @param hooks the hook beans, in order
	 * @param clientName the client's name
	 * @return the hooks, in the same order
	 */
	static List<ClientHook> forClient(List<ClientHook> hooks, String clientName) {
		return hooks.stream()
			.map((hook) -> (hook instanceof PerClientHook perClient) ? perClient.forClient(clientName) : hook)
			.toList();
	}

}
