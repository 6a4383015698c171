package dev.integrations.openai.finetuning;


/**
 * The order of a list of checkpoint permissions.
 */
public enum CheckpointPermissionOrder {

	/** Oldest first. */
	ASCENDING,

	/** Newest first (the default). */
	DESCENDING;

	/** @return the wire value, {@code ascending} or {@code descending} */
	public String wireValue() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
