package dev.integrations.openai.images;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonTypeId;
import org.jspecify.annotations.Nullable;

/**
 * A partial image, streamed while an image is generated or edited ({@code partial_images} of them at most).
 *
 * @param type {@code image_generation.partial_image} or {@code image_edit.partial_image}
 * @param b64Json the base64 partial image
 * @param createdAt when the event was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param size the requested size
 * @param quality the requested quality
 * @param background the requested background
 * @param outputFormat the requested output format
 * @param partialImageIndex the 0-based index of this partial image
 */
public record ImagePartialImageEvent(@JsonTypeId String type, String b64Json, long createdAt, @Nullable String size,
		@Nullable ImageQuality quality, @Nullable ImageBackground background, @Nullable ImageOutputFormat outputFormat,
		int partialImageIndex) implements ImageStreamEvent, EncodedImage {

	/** The type of a partial image of a generation. */
	public static final String GENERATION = "image_generation.partial_image";

	/** The type of a partial image of an edit. */
	public static final String EDIT = "image_edit.partial_image";

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	@Override
	public String toString() {
		return "ImagePartialImageEvent[type=" + this.type + ", partialImageIndex=" + this.partialImageIndex + ", b64Json="
				+ this.b64Json.length() + " chars]";
	}

}
