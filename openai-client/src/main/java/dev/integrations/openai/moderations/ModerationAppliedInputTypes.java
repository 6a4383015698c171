package dev.integrations.openai.moderations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.integrations.openai.internal.WireLists;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY;

/**
 * The input types (text, image) each category's score applies to; empty for a category the model did not report.
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
		@JsonProperty("hate") @JsonInclude(NON_EMPTY) List<ModerationInputType> hate,
		@JsonProperty("hate/threatening") @JsonInclude(NON_EMPTY) List<ModerationInputType> hateThreatening,
		@JsonProperty("harassment") @JsonInclude(NON_EMPTY) List<ModerationInputType> harassment,
		@JsonProperty("harassment/threatening") @JsonInclude(NON_EMPTY) List<ModerationInputType> harassmentThreatening,
		@JsonProperty("illicit") @JsonInclude(NON_EMPTY) List<ModerationInputType> illicit,
		@JsonProperty("illicit/violent") @JsonInclude(NON_EMPTY) List<ModerationInputType> illicitViolent,
		@JsonProperty("self-harm") @JsonInclude(NON_EMPTY) List<ModerationInputType> selfHarm,
		@JsonProperty("self-harm/intent") @JsonInclude(NON_EMPTY) List<ModerationInputType> selfHarmIntent,
		@JsonProperty("self-harm/instructions") @JsonInclude(NON_EMPTY) List<ModerationInputType> selfHarmInstructions,
		@JsonProperty("sexual") @JsonInclude(NON_EMPTY) List<ModerationInputType> sexual,
		@JsonProperty("sexual/minors") @JsonInclude(NON_EMPTY) List<ModerationInputType> sexualMinors,
		@JsonProperty("violence") @JsonInclude(NON_EMPTY) List<ModerationInputType> violence,
		@JsonProperty("violence/graphic") @JsonInclude(NON_EMPTY) List<ModerationInputType> violenceGraphic) {

	/**
	 * Reads a category the model did not report as an empty list.
	 */
	public ModerationAppliedInputTypes {
		hate = WireLists.copyOf(hate);
		hateThreatening = WireLists.copyOf(hateThreatening);
		harassment = WireLists.copyOf(harassment);
		harassmentThreatening = WireLists.copyOf(harassmentThreatening);
		illicit = WireLists.copyOf(illicit);
		illicitViolent = WireLists.copyOf(illicitViolent);
		selfHarm = WireLists.copyOf(selfHarm);
		selfHarmIntent = WireLists.copyOf(selfHarmIntent);
		selfHarmInstructions = WireLists.copyOf(selfHarmInstructions);
		sexual = WireLists.copyOf(sexual);
		sexualMinors = WireLists.copyOf(sexualMinors);
		violence = WireLists.copyOf(violence);
		violenceGraphic = WireLists.copyOf(violenceGraphic);
	}

}
