package dev.integrations.openai.files;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The processing status of a file; deprecated by the API, which still sends it.
 */
public enum FileStatus {

	/** The file was uploaded. */
	@JsonProperty("uploaded")
	UPLOADED,

	/** The file was processed. */
	@JsonProperty("processed")
	PROCESSED,

	/** Processing failed. */
	@JsonProperty("error")
	ERROR,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN

}
