package dev.integrations.openai.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;

/**
 * Up to 4 sequences where the model stops generating ({@code stop}): sent as a string when built from one
 * sequence, as an array otherwise.
 *
 * @param sequences the sequences, 1 to 4
 * @param single whether to send the only sequence as a plain string
 */
public record StopSequences(List<String> sequences, boolean single) {

	/**
	 * Checks the size and copies the list.
	 */
	public StopSequences {
		Validation.notEmpty("stop", sequences);
		Validation.maxSize("stop", sequences, 4);
		sequences = List.copyOf(sequences);
		single = single && sequences.size() == 1;
	}

	/**
	 * One stop sequence, sent as a string.
	 * @param sequence the sequence
	 * @return the stop configuration
	 */
	public static StopSequences of(String sequence) {
		return new StopSequences(List.of(sequence), true);
	}

	/**
	 * Up to 4 stop sequences, sent as an array.
	 * @param sequences the sequences
	 * @return the stop configuration
	 */
	public static StopSequences of(String... sequences) {
		return new StopSequences(List.of(sequences), false);
	}

	/** @return the wire form */
	@JsonValue
	Object wireValue() {
		return this.single ? this.sequences.get(0) : this.sequences;
	}

}
