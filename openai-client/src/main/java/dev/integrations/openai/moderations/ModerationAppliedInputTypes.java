package dev.integrations.openai.moderations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The input types (text, image) each category's score applies to.
 *
 * @param hate content that expresses, incites, or promotes hate based on a protected attribute
 * @param hateThreatening hateful content that also includes violence or serious harm towards the targeted group
 * @param harassment content that expresses, incites, or promotes harassing language towards any target
 * @param harassmentThreatening harassment that also includes violence or serious harm towards any target
 * @param illicit instructions or advice that facilitate wrongdoing
 * @param illicitViolent instructions or advice that facilitate wrongdoing involving violence or weapons
 * @param selfHarm content that promotes, encourages, or depicts acts of self-harm
 * @param selfHarmIntent the speaker expresses that they are engaging or intend to engage in self-harm
 * @param selfHarmInstructions content that encourages or instructs acts of self-harm
 * @param sexual content meant to arouse sexual excitement, or that promotes sexual services
 * @param sexualMinors sexual content that includes an individual under 18
 * @param violence content that depicts death, violence, or physical injury
 * @param violenceGraphic content that depicts death, violence, or physical injury in graphic detail
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
