package dev.integrations.openai.images;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonTypeId;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * The final image of a streamed generation or edit, with the token usage.
 *
 * @param type {@code image_generation.completed} or {@code image_edit.completed}
 * @param b64Json the base64 image
 * @param createdAt when the event was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param size the size of the image
 * @param quality the quality of the image
 * @param background the background of the image
 * @param outputFormat the output format of the image
 * @param usage the tokens consumed
 */
public record ImageCompletedEvent(@JsonTypeId String type, String b64Json, long createdAt, @Nullable String size,
		@Nullable ImageQuality quality, @Nullable ImageBackground background, @Nullable ImageOutputFormat outputFormat,
		@Nullable ImageUsage usage) implements ImageStreamEvent, EncodedImage, ModelResponse {

	/** The type of the final image of a generation. */
	public static final String GENERATION = "image_generation.completed";

	/** The type of the final image of an edit. */
	public static final String EDIT = "image_edit.completed";

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@code null}: the event does not name the model */
	@Override
	public @Nullable String model() {
		return null;
	}

	@Override
	public @Nullable TokenUsage tokenUsage() {
		return (this.usage != null) ? this.usage.toTokenUsage() : null;
	}

	@Override
	public String toString() {
		return "ImageCompletedEvent[type=" + this.type + ", size=" + this.size + ", b64Json=" + this.b64Json.length()
				+ " chars, usage=" + this.usage + "]";
	}

}
