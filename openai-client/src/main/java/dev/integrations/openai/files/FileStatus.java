package dev.integrations.openai.files;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The processing status of a file; deprecated by the API, which still sends it.
 */
public enum FileStatus {

	/** The file was uploaded. */
	UPLOADED,

	/** The file was processed. */
	PROCESSED,

	/** Processing failed. */
	ERROR,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
