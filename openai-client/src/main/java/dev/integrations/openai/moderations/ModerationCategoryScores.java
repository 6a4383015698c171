package dev.integrations.openai.moderations;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The score (0 to 1) of each category, as predicted by the model.
 *
 * @param hate the score of {@code hate}
 * @param hateThreatening the score of {@code hate/threatening}
 * @param harassment the score of {@code harassment}
 * @param harassmentThreatening the score of {@code harassment/threatening}
 * @param illicit the score of {@code illicit}
 * @param illicitViolent the score of {@code illicit/violent}
 * @param selfHarm the score of {@code self-harm}
 * @param selfHarmIntent the score of {@code self-harm/intent}
 * @param selfHarmInstructions the score of {@code self-harm/instructions}
 * @param sexual the score of {@code sexual}
 * @param sexualMinors the score of {@code sexual/minors}
 * @param violence the score of {@code violence}
 * @param violenceGraphic the score of {@code violence/graphic}
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
