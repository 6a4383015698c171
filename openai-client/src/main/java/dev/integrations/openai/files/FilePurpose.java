package dev.integrations.openai.files;

/**
 * The purposes a file can have, as sent in {@code purpose}. A plain string on the wire, since the API adds
 * purposes; pass any other value as a string.
 */
public final class FilePurpose {

	/** Used in the Assistants API. */
	public static final String ASSISTANTS = "assistants";

	/** Output of the Assistants API (set by the API, not uploadable). */
	public static final String ASSISTANTS_OUTPUT = "assistants_output";

	/** Input of the Batch API. */
	public static final String BATCH = "batch";

	/** Output of the Batch API (set by the API, not uploadable). */
	public static final String BATCH_OUTPUT = "batch_output";

	/** Training data for fine-tuning. */
	public static final String FINE_TUNE = "fine-tune";

	/** Results of a fine-tuning job (set by the API, not uploadable). */
	public static final String FINE_TUNE_RESULTS = "fine-tune-results";

	/** Images used for vision fine-tuning. */
	public static final String VISION = "vision";

	/** Flexible file type for any purpose. */
	public static final String USER_DATA = "user_data";

	/** Data sets for evals. */
	public static final String EVALS = "evals";

	private FilePurpose() {
	}

}
