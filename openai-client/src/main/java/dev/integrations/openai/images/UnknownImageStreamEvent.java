package dev.integrations.openai.images;

/**
 * A streamed image event of a type this client does not know yet; skip it or log it.
 *
 * @param type the event type
 */
public record UnknownImageStreamEvent(String type) implements ImageStreamEvent {

}
