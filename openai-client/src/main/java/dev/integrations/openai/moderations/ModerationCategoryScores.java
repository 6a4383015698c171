package dev.integrations.openai.moderations;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The score (0 to 1) of each category, as predicted by the model.
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
public record ModerationCategoryScores(
		@JsonProperty("hate") double hate,
		@JsonProperty("hate/threatening") double hateThreatening,
		@JsonProperty("harassment") double harassment,
		@JsonProperty("harassment/threatening") double harassmentThreatening,
		@JsonProperty("illicit") double illicit,
		@JsonProperty("illicit/violent") double illicitViolent,
		@JsonProperty("self-harm") double selfHarm,
		@JsonProperty("self-harm/intent") double selfHarmIntent,
		@JsonProperty("self-harm/instructions") double selfHarmInstructions,
		@JsonProperty("sexual") double sexual,
		@JsonProperty("sexual/minors") double sexualMinors,
		@JsonProperty("violence") double violence,
		@JsonProperty("violence/graphic") double violenceGraphic) {

	/**
	 * The scores by wire category name, such as {@code self-harm/intent}.
	 * @return the scores, in the order of this record
	 */
	public Map<String, Double> asMap() {
		Map<String, Double> values = new LinkedHashMap<>();
		values.put("hate", this.hate);
		values.put("hate/threatening", this.hateThreatening);
		values.put("harassment", this.harassment);
		values.put("harassment/threatening", this.harassmentThreatening);
		values.put("illicit", this.illicit);
		values.put("illicit/violent", this.illicitViolent);
		values.put("self-harm", this.selfHarm);
		values.put("self-harm/intent", this.selfHarmIntent);
		values.put("self-harm/instructions", this.selfHarmInstructions);
		values.put("sexual", this.sexual);
		values.put("sexual/minors", this.sexualMinors);
		values.put("violence", this.violence);
		values.put("violence/graphic", this.violenceGraphic);
		return values;
	}

}
