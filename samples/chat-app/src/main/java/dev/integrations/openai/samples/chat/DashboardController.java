package dev.integrations.openai.samples.chat;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.samples.chat.demo.DemoBackend;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the page's dashboard polls: {@code GET /api/info} (demo or live mode, model, API host) and
 * {@code GET /api/metrics} (a {@link MetricsSnapshot} of the client's meters).
 */
@RestController
class DashboardController {

	private final MeterRegistry registry;

	private final OpenAIClient client;

	private final ChatAppProperties properties;

	private final boolean demo;

	DashboardController(MeterRegistry registry, OpenAIClient client, ChatAppProperties properties,
			ObjectProvider<DemoBackend> demoBackend) {
		this.registry = registry;
		this.client = client;
		this.properties = properties;
		this.demo = demoBackend.getIfAvailable() != null;
	}

	@GetMapping("/api/info")
	Info info() {
		return new Info(this.demo ? "demo" : "live", this.properties.getModel(), this.client.config().host());
	}

	@GetMapping("/api/metrics")
	MetricsSnapshot metrics() {
		return MetricsSnapshot.of(this.registry, System.currentTimeMillis());
	}

	/**
	 * How the sample runs.
	 * @param mode {@code demo} (embedded backend, no API key) or {@code live}
	 * @param model the model asked for replies
	 * @param host the API host the client calls
	 */
	record Info(String mode, String model, String host) {
	}

}
