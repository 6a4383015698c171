package dev.integrations.openai.common;


/**
 * Sort order of a list by creation time.
 */
public enum SortOrder {

	/** Oldest first. */
	ASC,

	/** Newest first. */
	DESC;

	/** @return the wire value, {@code asc} or {@code desc} */
	public String wireValue() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
