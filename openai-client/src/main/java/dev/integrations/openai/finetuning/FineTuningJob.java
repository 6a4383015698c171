package dev.integrations.openai.finetuning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.internal.WireMaps;
import org.jspecify.annotations.Nullable;

/**
 * A fine-tuning job. Timestamps are Unix seconds on the wire; each has an {@code ...Instant()} accessor.
 *
 * @param id the job ID, such as {@code ftjob-abc123}
 * @param object always {@code fine_tuning.job}
 * @param createdAt when the job was created
 * @param error why the job failed, when it did
 * @param fineTunedModel the name of the fine-tuned model; {@code null} while running
 * @param finishedAt when the job finished; {@code null} while running
 * @param hyperparameters the hyperparameters; only returned for {@code supervised} jobs
 * @param model the base model
 * @param organizationId the organization that owns the job
 * @param resultFiles the IDs of the result files, to read with the Files API
 * @param status the current status
 * @param trainedTokens the billable tokens processed; {@code null} while running
 * @param trainingFile the ID of the training file
 * @param validationFile the ID of the validation file, if any
 * @param integrations the integrations enabled for the job
 * @param seed the seed of the job
 * @param estimatedFinish when the job is estimated to finish; {@code null} when not running
 * @param method the fine-tuning method
 * @param metadata the metadata attached at creation
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record FineTuningJob(String id, String object, long createdAt, @Nullable FineTuningJobError error,
		@Nullable String fineTunedModel, @Nullable Long finishedAt,
		@Nullable FineTuningHyperparameters hyperparameters, String model, @Nullable String organizationId,
		List<String> resultFiles, FineTuningJobStatus status, @Nullable Long trainedTokens, String trainingFile,
		@Nullable String validationFile,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<FineTuningIntegration> integrations, @Nullable Long seed,
		@Nullable Long estimatedFinish, @Nullable FineTuneMethod method,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Normalizes missing lists and status.
	 */
	public FineTuningJob {
		extra = Extras.copy(extra);
		resultFiles = WireLists.copyOf(resultFiles);
		integrations = WireLists.copyOf(integrations);
		metadata = WireMaps.copyOf(metadata);
		status = (status != null) ? status : FineTuningJobStatus.UNKNOWN;
	}

	/** @return whether the job will not change any more (see {@link FineTuningJobStatus#isTerminal()}) */
	public boolean isTerminal() {
		return this.status.isTerminal();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@link #finishedAt()} as an instant, or {@code null} */
	public @Nullable Instant finishedAtInstant() {
		return (this.finishedAt != null) ? Instant.ofEpochSecond(this.finishedAt) : null;
	}

	/** @return {@link #estimatedFinish()} as an instant, or {@code null} */
	public @Nullable Instant estimatedFinishInstant() {
		return (this.estimatedFinish != null) ? Instant.ofEpochSecond(this.estimatedFinish) : null;
	}

}
