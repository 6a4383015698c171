package dev.integrations.openai.finetuning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
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
		return new Builder();
	}

	/**
	 * Builds a {@link CreateFineTuningJobRequest}.
	 */
	public static final class Builder extends RequestBuilder<Builder> {

		private @Nullable String model;

		private @Nullable String trainingFile;

		private @Nullable FineTuningHyperparameters hyperparameters;

		private @Nullable String suffix;

		private @Nullable String validationFile;

		private @Nullable List<FineTuningIntegration> integrations;

		private @Nullable Long seed;

		private @Nullable FineTuneMethod method;

		private @Nullable Map<String, String> metadata;

		private Builder() {
		}

		/**
		 * Sets the model to fine-tune (required).
		 * @param model such as {@code gpt-4o-mini-2024-07-18}
		 * @return this builder
		 */
		public Builder model(String model) {
			this.model = model;
			return this;
		}

		/**
		 * Sets the training file (required).
		 * @param trainingFile the ID of the uploaded file
		 * @return this builder
		 */
		public Builder trainingFile(String trainingFile) {
			this.trainingFile = trainingFile;
			return this;
		}

		/**
		 * Sets the top-level hyperparameters.
		 * @param hyperparameters the hyperparameters
		 * @return this builder
		 * @deprecated give the hyperparameters with the {@link #method(FineTuneMethod) method}
		 */
		@Deprecated
		public Builder hyperparameters(@Nullable FineTuningHyperparameters hyperparameters) {
			this.hyperparameters = hyperparameters;
			return this;
		}

		/**
		 * Sets the suffix of the fine-tuned model's name.
		 * @param suffix 1 to 64 characters, such as {@code custom-model-name}
		 * @return this builder
		 */
		public Builder suffix(@Nullable String suffix) {
			this.suffix = suffix;
			return this;
		}

		/**
		 * Sets the validation file.
		 * @param validationFile the ID of the uploaded file
		 * @return this builder
		 */
		public Builder validationFile(@Nullable String validationFile) {
			this.validationFile = validationFile;
			return this;
		}

		/**
		 * Adds an integration.
		 * @param integration the integration, such as {@link FineTuningIntegration#wandb(WandbIntegration)}
		 * @return this builder
		 */
		public Builder integration(FineTuningIntegration integration) {
			if (this.integrations == null) {
				this.integrations = new ArrayList<>();
			}
			this.integrations.add(integration);
			return this;
		}

		/**
		 * Sets the seed.
		 * @param seed 0 to 2147483647
		 * @return this builder
		 */
		public Builder seed(@Nullable Long seed) {
			this.seed = seed;
			return this;
		}

		/**
		 * Sets the method.
		 * @param method such as {@link FineTuneMethod#supervised(FineTuningHyperparameters)}
		 * @return this builder
		 */
		public Builder method(@Nullable FineTuneMethod method) {
			this.method = method;
			return this;
		}

		/**
		 * Adds a metadata pair.
		 * @param key up to 64 characters
		 * @param value up to 512 characters
		 * @return this builder
		 */
		public Builder metadata(String key, String value) {
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
			return this;
		}

		/**
		 * Builds the request.
		 * @return the request
		 * @throws OpenAIValidationException if a field is missing or out of range
		 */
		public CreateFineTuningJobRequest build() {
			return new CreateFineTuningJobRequest(Validation.notBlank("model", this.model),
					Validation.notBlank("training_file", this.trainingFile), this.hyperparameters, this.suffix,
					this.validationFile, this.integrations, this.seed, this.method, this.metadata, buildExtra());
		}

	}

}
