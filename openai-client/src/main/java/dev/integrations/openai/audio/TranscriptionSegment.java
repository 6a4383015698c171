package dev.integrations.openai.audio;

import java.util.List;
import dev.integrations.openai.internal.WireLists;

/**
 * A segment of a {@code verbose_json} transcription or translation.
 *
 * @param id the segment's index
 * @param seek the seek offset of the segment
 * @param start its start, in seconds
 * @param end its end, in seconds
 * @param text its text
 * @param tokens the token IDs of the text
 * @param temperature the sampling temperature used
 * @param avgLogprob the average log probability; below -1 the log probabilities are considered failed
 * @param compressionRatio the compression ratio; above 2.4 the compression is considered failed
 * @param noSpeechProb the probability of no speech; above 1.0 with {@code avgLogprob} below -1, the segment is
 * silent
 */
public record TranscriptionSegment(int id, int seek, double start, double end, String text, List<Integer> tokens,
		double temperature, double avgLogprob, double compressionRatio, double noSpeechProb) {

	/**
	 * Normalizes missing tokens to an empty list.
	 */
	public TranscriptionSegment {
		tokens = WireLists.copyOf(tokens);
	}

}
