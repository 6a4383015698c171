package dev.integrations.openai.webhooks;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A webhook event of a type this client does not know yet (added to the API later), kept as raw JSON so that no
 * delivery is lost. Written back as that JSON, unchanged.
 *
 * @param raw the whole event object
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownWebhookEvent(@JsonValue JsonNode raw) implements WebhookEvent {

	/**
	 * Reads the event from its JSON.
	 * @param raw the whole event object
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public UnknownWebhookEvent {
	}

	@Override
	public String id() {
		return this.raw.path("id").asString("");
	}

	@Override
	public long createdAt() {
		return this.raw.path("created_at").asLong(0);
	}

	@Override
	public String type() {
		return this.raw.path("type").asString("");
	}

	@Override
	public @Nullable String object() {
		JsonNode object = this.raw.get("object");
		return (object != null && object.isString()) ? object.asString() : null;
	}

}
