package dev.integrations.openai.chat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.errors.OutputParseException;
import dev.integrations.openai.errors.RefusalException;
import dev.integrations.openai.errors.TruncatedOutputException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.UserJson;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.internal.WireMaps;
import org.jspecify.annotations.Nullable;

/**
 * A chat completion ({@code object: chat.completion}): the model's answer to a request, or a stored completion.
 *
 * @param id the completion ID
 * @param object always {@code chat.completion}
 * @param created when it was created, in Unix seconds (see {@link #createdInstant()})
 * @param model the model that answered
 * @param choices the choices
 * @param usage the token usage
 * @param serviceTier the tier that served the request
 * @param systemFingerprint the backend configuration (deprecated by the API)
 * @param metadata the metadata of a stored completion
 * @param moderation moderation results, when moderation was requested
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record ChatCompletion(String id, String object, long created, String model, List<ChatChoice> choices,
		@Nullable CompletionUsage usage, @Nullable ServiceTier serviceTier, @Nullable String systemFingerprint,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata, @Nullable ChatModeration moderation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements ModelResponse {

	/**
	 * Normalizes a missing {@code choices} array to an empty list, missing metadata to an empty map.
	 */
	public ChatCompletion {
		extra = Extras.copy(extra);
		choices = WireLists.copyOf(choices);
		metadata = WireMaps.copyOf(metadata);
	}

	/** @return {@link #created()} as an instant */
	public Instant createdInstant() {
		return Instant.ofEpochSecond(this.created);
	}

	/** @return the content of the first choice, or {@code null} when there is none */
	public @Nullable String content() {
		return this.choices.isEmpty() ? null : this.choices.get(0).message().content();
	}

	/**
	 * Reads the content of the first choice as a type, as Structured Outputs produce it (see
	 * {@link ResponseFormat#jsonSchema(Class)}), with the type's own JSON naming.
	 * @param <T> the type
	 * @param type the type, such as a record
	 * @return the value
	 * @throws RefusalException if the model refused, with its explanation
	 * @throws TruncatedOutputException if the reply stopped early ({@code finish_reason} {@code length} or
	 * {@code content_filter})
	 * @throws OutputParseException naming the type when there is no choice or the content is not JSON of the type
	 */
	public <T> T contentAs(Class<T> type) {
		if (this.choices.isEmpty()) {
			throw new OutputParseException(type, null, "the completion has no choices", this, null);
		}
		ChatChoice choice = this.choices.get(0);
		if (choice.message().refusal() != null) {
			throw new RefusalException(choice.message().refusal(), this);
		}
		if (choice.finishReason() == FinishReason.LENGTH) {
			throw new TruncatedOutputException("length", this);
		}
		if (choice.finishReason() == FinishReason.CONTENT_FILTER) {
			throw new TruncatedOutputException("content_filter", this);
		}
		return UserJson.read(choice.message().content(), type, null, this);
	}

	@Override
	public @Nullable TokenUsage tokenUsage() {
		return (this.usage != null) ? this.usage.toTokenUsage() : null;
	}

	@Override
	public String responseId() {
		return this.id;
	}

	@Override
	public List<String> finishReasons() {
		return FinishReason.wireValues(this.choices, ChatChoice::finishReason);
	}

}
