package dev.integrations.openai.finetuning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The query of {@code GET /fine_tuning/jobs}.
 *
 * @param after the ID of the job to start after, or {@code null} for the first page
 * @param limit the page size (20 when {@code null})
 * @param metadata only jobs with all these metadata pairs, sent as {@code metadata[key]=value}
 */
public record FineTuningJobListParams(@Nullable String after, @Nullable Integer limit,
		@Nullable Map<String, String> metadata) implements CursorParams<FineTuningJobListParams> {

	/** No cursor, default page size, no filter. */
	public static final FineTuningJobListParams DEFAULTS = new FineTuningJobListParams(null, null, null);

	/**
	 * Checks the fields.
	 */
	public FineTuningJobListParams {
		Validation.range("limit", limit, 1, Integer.MAX_VALUE);
		metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : null;
	}

	@Override
	public FineTuningJobListParams withAfter(@Nullable String after) {
		return new FineTuningJobListParams(after, this.limit, this.metadata);
	}

}
