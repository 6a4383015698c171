package dev.integrations.openai.uploads;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The status of an upload.
 */
public enum UploadStatus {

	/** Parts can be added. */
	@JsonProperty("pending")
	PENDING,

	/** Completed; the file is ready. */
	@JsonProperty("completed")
	COMPLETED,

	/** Cancelled; no parts can be added. */
	@JsonProperty("cancelled")
	CANCELLED,

	/** Not completed within an hour of its creation. */
	@JsonProperty("expired")
	EXPIRED,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
