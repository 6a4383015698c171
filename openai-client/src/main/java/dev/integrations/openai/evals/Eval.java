package dev.integrations.openai.evals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.finetuning.Grader;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.internal.WireMaps;

/**
 * An eval: the shape of its data and the graders its runs apply.
 *
 * @param id the eval ID, such as {@code eval_67abd54d9b0081909a86353f6fb9317a}
 * @param object always {@code eval}
 * @param name the name
 * @param dataSourceConfig the shape of the data its runs use
 * @param testingCriteria the graders each output item is scored by
 * @param createdAt when the eval was created, in Unix seconds
 * @param metadata the metadata
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Eval(String id, String object, String name, DataSourceConfig dataSourceConfig,
		List<Grader> testingCriteria, long createdAt, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String,
		String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the testing criteria and metadata (missing ones read as empty) and the extra properties.
	 */
	public Eval {
		testingCriteria = WireLists.copyOf(testingCriteria);
		metadata = WireMaps.copyOf(metadata);
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
