package dev.integrations.openai.videos;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The lifecycle status of a {@link Video} job.
 */
public enum VideoStatus {

	/** The job waits to start. */
	QUEUED,

	/** The video is being generated; {@link Video#progress()} tells how far. */
	IN_PROGRESS,

	/** The video is ready to download. Terminal. */
	COMPLETED,

	/** The generation failed; {@link Video#error()} tells why. Terminal. */
	FAILED,

	/** A status this client does not know yet. */
	@JsonEnumDefaultValue
	UNKNOWN;

	/**
	 * Whether the job will not change any more: {@code completed} or {@code failed}.
	 * @return {@code true} for a terminal status
	 */
	public boolean isTerminal() {
		return this == COMPLETED || this == FAILED;
	}

}
