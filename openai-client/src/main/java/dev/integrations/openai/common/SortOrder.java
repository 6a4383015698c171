package dev.integrations.openai.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sort order of a list by creation time.
 */
public enum SortOrder {

	/** Oldest first. */
	@JsonProperty("asc")
	ASC,

	/** Newest first. */
	@JsonProperty("desc")
	DESC;

	/** @return the wire value, {@code asc} or {@code desc} */
	public String wireValue() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
