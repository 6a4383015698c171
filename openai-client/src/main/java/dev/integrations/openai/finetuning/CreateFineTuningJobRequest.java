package dev.integrations.openai.finetuning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /fine_tuning/jobs}. Build with {@link #builder()}.
 *
 * @param model the model to fine-tune, such as {@code gpt-4o-mini-2024-07-18}
 * @param trainingFile the ID of the uploaded JSONL training file (purpose {@code fine-tune})
 * @param hyperparameters deprecated: the hyperparameters, now given under {@code method}
 * @param suffix up to 64 characters added to the fine-tuned model's name
 * @param validationFile the ID of the uploaded JSONL validation file
 * @param integrations the integrations to enable, at most 5
 * @param seed the seed for reproducibility, 0 to 2147483647; generated when not set
 * @param method the fine-tuning method and its hyperparameters
 * @param metadata up to 16 key-value pairs
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record CreateFineTuningJobRequest(String model, String trainingFile,
		@Deprecated @Nullable FineTuningHyperparameters hyperparameters, @Nullable String suffix,
		@Nullable String validationFile, @Nullable List<FineTuningIntegration> integrations, @Nullable Long seed,
		@Nullable FineTuneMethod method, @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Checks the fields.
	 */
	public CreateFineTuningJobRequest {
		extra = Extras.copy(extra);
		Validation.notBlank("model", model);
		Validation.notBlank("training_file", trainingFile);
		if (suffix != null && (suffix.isEmpty() || suffix.length() > 64)) {
			throw new OpenAIValidationException("suffix",
					"suffix must be 1 to 64 characters, was " + suffix.length());
		}
		Validation.maxSize("integrations", integrations, 5);
		Validation.range("seed", seed, 0, Integer.MAX_VALUE);
		if (method != null && method.type() == FineTuneMethodType.UNKNOWN) {
			throw new OpenAIValidationException("method.type",
					"method.type must be supervised, dpo or reinforcement");
		}
		Validation.metadata("metadata", metadata);
		if (method != null) {
			method.validate();
		}
		if (hyperparameters != null) {
			hyperparameters.validate();
		}
		integrations = (integrations != null) ? List.copyOf(integrations) : null;
		if (integrations != null) {
			integrations.forEach(FineTuningIntegration::validate);
		}
		metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : null;
	}

	/**
	 * Starts a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * Builds a {@link CreateFineTuningJobRequest}.
	 */
	public static final class Builder extends RecordBuilder<CreateFineTuningJobRequest, Builder> {

		private Builder(@Nullable CreateFineTuningJobRequest from) {
			super(CreateFineTuningJobRequest.class, from);
		}

		/** Sets the model to fine-tune (required): such as {@code gpt-4o-mini-2024-07-18}. */
		public Builder model(String model) {
			return set("model", model);
		}

		/** Sets the training file (required): the ID of the uploaded file. */
		public Builder trainingFile(String trainingFile) {
			return set("trainingFile", trainingFile);
		}

		/**
		 * Sets the top-level hyperparameters.
		 * @param hyperparameters the hyperparameters
		 * @return this builder
		 * @deprecated give the hyperparameters with the {@link #method(FineTuneMethod) method}
		 */
		@Deprecated
		public Builder hyperparameters(@Nullable FineTuningHyperparameters hyperparameters) {
			return set("hyperparameters", hyperparameters);
		}

		/** Sets the suffix of the fine-tuned model's name: 1 to 64 characters, such as {@code custom-model-name}. */
		public Builder suffix(@Nullable String suffix) {
			return set("suffix", suffix);
		}

		/** Sets the validation file: the ID of the uploaded file. */
		public Builder validationFile(@Nullable String validationFile) {
			return set("validationFile", validationFile);
		}

		/** Adds an integration: the integration, such as {@link FineTuningIntegration#wandb(WandbIntegration)}. */
		public Builder integration(FineTuningIntegration integration) {
			return add("integrations", integration);
		}

		/** Sets the seed: 0 to 2147483647. */
		public Builder seed(@Nullable Long seed) {
			return set("seed", seed);
		}

		/** Sets the method: such as {@link FineTuneMethod#supervised(FineTuningHyperparameters)}. */
		public Builder method(@Nullable FineTuneMethod method) {
			return set("method", method);
		}

		/**
		 * Adds a metadata pair.
		 * @param key up to 64 characters
		 * @param value up to 512 characters
		 * @return this builder
		 */
		public Builder metadata(String key, String value) {
			return put("metadata", key, value);
		}

	}

}
