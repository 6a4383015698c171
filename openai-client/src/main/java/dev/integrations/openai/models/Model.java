package dev.integrations.openai.models;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A model offering that can be used with the API.
 *
 * @param id the model identifier, used in requests
 * @param object always {@code model}
 * @param created when the model was created, in Unix seconds (see {@link #createdInstant()})
 * @param ownedBy the organization that owns the model
 * @param shutdownDate the date the model shuts down, if announced
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Model(String id, String object, long created, String ownedBy, @Nullable LocalDate shutdownDate,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public Model {
		extra = Extras.copy(extra);
	}

	/** @return {@link #created()} as an instant */
	public Instant createdInstant() {
		return Instant.ofEpochSecond(this.created);
	}

}
