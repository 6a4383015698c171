package dev.integrations.openai.finetuning;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * A model checkpoint of a fine-tuning job that is ready to use.
 *
 * @param id the checkpoint ID, such as {@code ftckpt_qtZ5Gyk4BLq1SfLFWp3RtO3P}
 * @param object always {@code fine_tuning.job.checkpoint}
 * @param createdAt when the checkpoint was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param fineTunedModelCheckpoint the name of the checkpoint model, usable as a model
 * @param stepNumber the step the checkpoint was created at
 * @param metrics the metrics at that step
 * @param fineTuningJobId the job the checkpoint belongs to
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record FineTuningJobCheckpoint(String id, String object, long createdAt, String fineTunedModelCheckpoint,
		long stepNumber, @Nullable Metrics metrics, String fineTuningJobId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public FineTuningJobCheckpoint {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/**
	 * The metrics at a checkpoint's step.
	 *
	 * @param step the step
	 * @param trainLoss the training loss
	 * @param trainMeanTokenAccuracy the training mean token accuracy
	 * @param validLoss the validation loss on a batch
	 * @param validMeanTokenAccuracy the validation mean token accuracy on a batch
	 * @param fullValidLoss the validation loss on the whole validation file
	 * @param fullValidMeanTokenAccuracy the mean token accuracy on the whole validation file
	 */
	public record Metrics(@Nullable Double step, @Nullable Double trainLoss, @Nullable Double trainMeanTokenAccuracy,
			@Nullable Double validLoss, @Nullable Double validMeanTokenAccuracy, @Nullable Double fullValidLoss,
			@Nullable Double fullValidMeanTokenAccuracy) {

	}

}
