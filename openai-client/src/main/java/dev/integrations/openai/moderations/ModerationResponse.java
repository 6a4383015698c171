package dev.integrations.openai.moderations;

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
 * The response of {@code POST /moderations}: one result per text input, or one result for a multimodal input.
 *
 * @param id the moderation request ID
 * @param model the model that classified the input
 * @param results the results
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record ModerationResponse(String id, String model, List<ModerationResult> results,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements ModelResponse {

	/**
	 * Normalizes a missing {@code results} array to an empty list.
	 */
	public ModerationResponse {
		extra = Extras.copy(extra);
		results = WireLists.copyOf(results);
	}

	/** @return whether any result is flagged */
	public boolean flagged() {
		return this.results.stream().anyMatch(ModerationResult::flagged);
	}

	/** @return {@code null}: the Moderations API does not report token usage */
	@Override
	public @Nullable TokenUsage tokenUsage() {
		return null;
	}

}
