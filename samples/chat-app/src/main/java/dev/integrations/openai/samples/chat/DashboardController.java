package dev.integrations.openai.samples.chat;

import java.util.List;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.samples.chat.ChatClients.ClientInfo;
import dev.integrations.openai.samples.chat.demo.DemoBackend;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the page's dashboard polls: {@code GET /api/info} (demo or live mode, model, API host, the clients to switch
 * between) and {@code GET /api/metrics?client=<name>} (a {@link MetricsSnapshot} of one client's meters).
 */
@RestController
class DashboardController {

	private final MeterRegistry registry;

	private final OpenAIClient client;

	private final ChatAppProperties properties;

	private final ChatClients clients;

	private final boolean demo;

	DashboardController(MeterRegistry registry, OpenAIClient client, ChatAppProperties properties,
			ChatClients clients, ObjectProvider<DemoBackend> demoBackend) {
		this.registry = registry;
		this.client = client;
		this.properties = properties;
		this.clients = clients;
		this.demo = demoBackend.getIfAvailable() != null;
	}

	@GetMapping("/api/info")
	Info info() {
		return new Info(this.demo ? "demo" : "live", this.properties.getModel(), this.client.config().host(),
				this.clients.list());
	}

	@GetMapping("/api/metrics")
	MetricsSnapshot metrics(@RequestParam(defaultValue = ChatClients.DEFAULT) String client) {
		this.clients.chat(client);
		return MetricsSnapshot.of(this.registry, client, System.currentTimeMillis());
	}

	/**
	 * How the sample runs.
	 * @param mode {@code demo} (embedded backend, no API key) or {@code live}
	 * @param model the model asked for replies
	 * @param host the API host the client calls
	 * @param clients the clients the page can switch between, the top-level one first
	 */
	record Info(String mode, String model, String host, List<ClientInfo> clients) {
	}

}
