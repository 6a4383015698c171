package dev.integrations.openai.moderations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The input types (text, image) each category's score applies to; {@code null} for a category the model did not
 * report.
 *
 * @param hate the input types the {@code hate} score applies to
 * @param hateThreatening the input types the {@code hate/threatening} score applies to
 * @param harassment the input types the {@code harassment} score applies to
 * @param harassmentThreatening the input types the {@code harassment/threatening} score applies to
 * @param illicit the input types the {@code illicit} score applies to
 * @param illicitViolent the input types the {@code illicit/violent} score applies to
 * @param selfHarm the input types the {@code self-harm} score applies to
 * @param selfHarmIntent the input types the {@code self-harm/intent} score applies to
 * @param selfHarmInstructions the input types the {@code self-harm/instructions} score applies to
 * @param sexual the input types the {@code sexual} score applies to
 * @param sexualMinors the input types the {@code sexual/minors} score applies to
 * @param violence the input types the {@code violence} score applies to
 * @param violenceGraphic the input types the {@code violence/graphic} score applies to
 */
public record ModerationAppliedInputTypes(
		@JsonProperty("hate") @Nullable List<ModerationInputType> hate,
		@JsonProperty("hate/threatening") @Nullable List<ModerationInputType> hateThreatening,
		@JsonProperty("harassment") @Nullable List<ModerationInputType> harassment,
		@JsonProperty("harassment/threatening") @Nullable List<ModerationInputType> harassmentThreatening,
		@JsonProperty("illicit") @Nullable List<ModerationInputType> illicit,
		@JsonProperty("illicit/violent") @Nullable List<ModerationInputType> illicitViolent,
		@JsonProperty("self-harm") @Nullable List<ModerationInputType> selfHarm,
		@JsonProperty("self-harm/intent") @Nullable List<ModerationInputType> selfHarmIntent,
		@JsonProperty("self-harm/instructions") @Nullable List<ModerationInputType> selfHarmInstructions,
		@JsonProperty("sexual") @Nullable List<ModerationInputType> sexual,
		@JsonProperty("sexual/minors") @Nullable List<ModerationInputType> sexualMinors,
		@JsonProperty("violence") @Nullable List<ModerationInputType> violence,
		@JsonProperty("violence/graphic") @Nullable List<ModerationInputType> violenceGraphic) {

}
