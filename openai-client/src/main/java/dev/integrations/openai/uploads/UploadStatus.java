package dev.integrations.openai.uploads;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The status of an upload.
 */
public enum UploadStatus {

	/** Parts can be added. */
	PENDING,

	/** Completed; the file is ready. */
	COMPLETED,

	/** Cancelled; no parts can be added. */
	CANCELLED,

	/** Not completed within an hour of its creation. */
	EXPIRED,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
