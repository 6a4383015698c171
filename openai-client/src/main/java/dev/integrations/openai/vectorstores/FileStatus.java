package dev.integrations.openai.vectorstores;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The processing status of a vector store file or file batch; also the {@code filter} of the file lists.
 */
public enum FileStatus {

	/** Being processed. */
	IN_PROGRESS,

	/** Ready for search. */
	COMPLETED,

	/** Processing was cancelled. */
	CANCELLED,

	/** Processing failed. */
	FAILED,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/** @return whether processing has ended: {@code completed}, {@code cancelled} or {@code failed} */
	public boolean isTerminal() {
		return this == COMPLETED || this == CANCELLED || this == FAILED;
	}

	/** @return the wire value, such as {@code in_progress} */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
