package dev.integrations.openai.images;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event of a streamed image generation or edit, selected by its {@code type}:
 * {@link ImagePartialImageEvent} ({@code image_generation.partial_image}, {@code image_edit.partial_image}),
 * {@link ImageCompletedEvent} ({@code image_generation.completed}, {@code image_edit.completed}), or
 * {@link UnknownImageStreamEvent} for a type this client does not know yet.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = UnknownImageStreamEvent.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ImagePartialImageEvent.class,
				names = { ImagePartialImageEvent.GENERATION, ImagePartialImageEvent.EDIT }),
		@JsonSubTypes.Type(value = ImageCompletedEvent.class,
				names = { ImageCompletedEvent.GENERATION, ImageCompletedEvent.EDIT }) })
public sealed interface ImageStreamEvent permits ImagePartialImageEvent, ImageCompletedEvent, UnknownImageStreamEvent {

	/** @return the event type, such as {@code image_generation.partial_image} */
	String type();

}
