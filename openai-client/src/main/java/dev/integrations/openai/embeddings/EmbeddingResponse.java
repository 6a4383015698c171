package dev.integrations.openai.embeddings;

import java.util.Comparator;
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
 * The response of {@code POST /embeddings}: one {@link Embedding} per input, in input order.
 *
 * @param object always {@code list}
 * @param data the embeddings
 * @param model the model that produced them
 * @param usage the tokens consumed
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record EmbeddingResponse(String object, List<Embedding> data, String model, @Nullable EmbeddingUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
		implements ModelResponse {

	/**
	 * Normalizes a missing {@code data} array to an empty list.
	 */
	public EmbeddingResponse {
		extra = Extras.copy(extra);
		data = WireLists.copyOf(data);
	}

	/**
	 * The vectors in input order, for the common case of embedding a batch of texts.
	 * @return one vector per input
	 */
	public List<float[]> vectors() {
		return this.data.stream().sorted(Comparator.comparingInt(Embedding::index)).map(Embedding::vector).toList();
	}

	@Override
	public @Nullable TokenUsage tokenUsage() {
		return (this.usage != null) ? new TokenUsage(this.usage.promptTokens(), 0) : null;
	}

}
