package dev.integrations.openai.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The order of a list of checkpoint permissions.
 */
public enum CheckpointPermissionOrder {

	/** Oldest first. */
	@JsonProperty("ascending")
	ASCENDING,

	/** Newest first (the default). */
	@JsonProperty("descending")
	DESCENDING;

	/** @return the wire value, {@code ascending} or {@code descending} */
	public String wireValue() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
