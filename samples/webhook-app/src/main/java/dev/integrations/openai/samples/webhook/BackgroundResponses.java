package dev.integrations.openai.samples.webhook;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.integrations.openai.webhooks.ResponseCompletedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to completed background responses: each webhook arrives as its typed record, after its signature was
 * verified. A listener that throws makes the endpoint answer 500, and OpenAI delivers the webhook again.
 */
@Component
public class BackgroundResponses {

	private final List<String> completed = new CopyOnWriteArrayList<>();

	/**
	 * Notes a completed response (an application would fetch it with {@code responses().retrieve(id)}).
	 * @param event the webhook
	 */
	@EventListener
	public void on(ResponseCompletedEvent event) {
		this.completed.add(event.data().id());
	}

	/** @return the IDs of the completed responses, in delivery order */
	public List<String> completed() {
		return List.copyOf(this.completed);
	}

}
