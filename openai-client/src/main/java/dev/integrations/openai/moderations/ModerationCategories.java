package dev.integrations.openai.moderations;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Whether each category was flagged. {@code illicit} and {@code illicit/violent} are {@code null} for the legacy
 * {@code text-moderation} models.
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
public record ModerationCategories(
		@JsonProperty("hate") boolean hate,
		@JsonProperty("hate/threatening") boolean hateThreatening,
		@JsonProperty("harassment") boolean harassment,
		@JsonProperty("harassment/threatening") boolean harassmentThreatening,
		@JsonProperty("illicit") @Nullable Boolean illicit,
		@JsonProperty("illicit/violent") @Nullable Boolean illicitViolent,
		@JsonProperty("self-harm") boolean selfHarm,
		@JsonProperty("self-harm/intent") boolean selfHarmIntent,
		@JsonProperty("self-harm/instructions") boolean selfHarmInstructions,
		@JsonProperty("sexual") boolean sexual,
		@JsonProperty("sexual/minors") boolean sexualMinors,
		@JsonProperty("violence") boolean violence,
		@JsonProperty("violence/graphic") boolean violenceGraphic) {

	/**
	 * The wire names of the flagged categories, such as {@code violence/graphic}.
	 * @return the flagged categories, in the order of this record
	 */
	public List<String> flagged() {
		List<String> flagged = new ArrayList<>();
		add(flagged, "hate", this.hate);
		add(flagged, "hate/threatening", this.hateThreatening);
		add(flagged, "harassment", this.harassment);
		add(flagged, "harassment/threatening", this.harassmentThreatening);
		add(flagged, "illicit", this.illicit);
		add(flagged, "illicit/violent", this.illicitViolent);
		add(flagged, "self-harm", this.selfHarm);
		add(flagged, "self-harm/intent", this.selfHarmIntent);
		add(flagged, "self-harm/instructions", this.selfHarmInstructions);
		add(flagged, "sexual", this.sexual);
		add(flagged, "sexual/minors", this.sexualMinors);
		add(flagged, "violence", this.violence);
		add(flagged, "violence/graphic", this.violenceGraphic);
		return List.copyOf(flagged);
	}

	private static void add(List<String> flagged, String name, @Nullable Boolean value) {
		if (Boolean.TRUE.equals(value)) {
			flagged.add(name);
		}
	}

}
