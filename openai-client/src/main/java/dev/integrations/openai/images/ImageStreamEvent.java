package dev.integrations.openai.images;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.internal.Extras;

/**
 * An event of a streamed image generation or edit, selected by its {@code type}:
 * {@link ImagePartialImageEvent} ({@code image_generation.partial_image}, {@code image_edit.partial_image}),
 * {@link ImageCompletedEvent} ({@code image_generation.completed}, {@code image_edit.completed}), or
 * {@link Unknown} for a type this client does not know yet.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ImageStreamEvent.Unknown.class)
@JsonSubTypes({
		@JsonSubTypes.Type(value = ImagePartialImageEvent.class,
				names = { ImagePartialImageEvent.GENERATION, ImagePartialImageEvent.EDIT }),
		@JsonSubTypes.Type(value = ImageCompletedEvent.class,
				names = { ImageCompletedEvent.GENERATION, ImageCompletedEvent.EDIT }) })
public sealed interface ImageStreamEvent permits ImagePartialImageEvent, ImageCompletedEvent, ImageStreamEvent.Unknown {

	/** @return the event type, such as {@code image_generation.partial_image} */
	String type();

	/**
	 * A streamed image event of a type this client does not know yet, with every field as read; skip it or log it.
	 *
	 * @param type the event type
	 * @param fields the other fields, as read, written back unchanged
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ImageStreamEvent {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
