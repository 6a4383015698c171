package dev.integrations.openai.images;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * The response of the image endpoints (generations, edits, variations).
 *
 * @param created when the images were created, in Unix seconds (see {@link #createdInstant()})
 * @param data the images
 * @param background the background used (GPT image models)
 * @param outputFormat the output format used (GPT image models)
 * @param size the size of the images (GPT image models)
 * @param quality the quality used (GPT image models)
 * @param usage the tokens consumed (GPT image models)
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record ImagesResponse(long created, List<Image> data, @Nullable ImageBackground background,
		@Nullable ImageOutputFormat outputFormat, @Nullable String size, @Nullable ImageQuality quality,
		@Nullable ImageUsage usage, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements ModelResponse {

	/**
	 * Normalizes a missing {@code data} array to an empty list.
	 */
	public ImagesResponse {
		extra = Extras.copy(extra);
		data = WireLists.copyOf(data);
	}

	/** @return {@link #created()} as an instant */
	public Instant createdInstant() {
		return Instant.ofEpochSecond(this.created);
	}

	/** @return {@code null}: the response does not name the model (monitoring keeps the request's) */
	@Override
	public @Nullable String model() {
		return null;
	}

	@Override
	public @Nullable TokenUsage tokenUsage() {
		return (this.usage != null) ? this.usage.toTokenUsage() : null;
	}

}
