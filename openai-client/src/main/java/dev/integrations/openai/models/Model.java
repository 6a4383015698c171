package dev.integrations.openai.models;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A model offering that can be used with the API.
 *
 * @param id the model identifier, used in requests
 * @param object always {@code model}
 * @param created when the model was created, in Unix seconds (see {@link #createdAt()})
 * @param ownedBy the organization that owns the model
 * @param shutdownDate the date the model shuts down, if announced
 */
public record Model(String id, String object, long created, String ownedBy, @Nullable LocalDate shutdownDate) {

	/** @return {@link #created()} as an instant */
	public Instant createdAt() {
		return Instant.ofEpochSecond(this.created);
	}

}
