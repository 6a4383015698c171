package dev.integrations.openai.finetuning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The query of {@code GET /fine_tuning/jobs}.
 *
 * @param after the ID of the job to start after, or {@code null} for the first page
 * @param limit the page size (20 when {@code null})
 * @param metadata only jobs with all these metadata pairs, sent as {@code metadata[key]=value}
 */
public record ListFineTuningJobsParams(@Nullable String after, @Nullable Integer limit,
		@Nullable Map<String, String> metadata) {

	/** No cursor, default page size, no filter. */
	public static final ListFineTuningJobsParams DEFAULTS = new ListFineTuningJobsParams(null, null, null);

	/**
	 * Checks the fields.
	 */
	public ListFineTuningJobsParams {
		Validation.range("limit", limit, 1, Integer.MAX_VALUE);
		metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : null;
	}

	/**
	 * The same query from another cursor.
	 * @param after the ID of the job to start after
	 * @return the query
	 */
	public ListFineTuningJobsParams withAfter(@Nullable String after) {
		return new ListFineTuningJobsParams(after, this.limit, this.metadata);
	}

}
