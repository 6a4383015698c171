package dev.integrations.openai.responses;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code POST /responses/compact} ({@code CompactResource}): the compacted items, to send as the
 * {@code input} of the next response instead of the full conversation.
 *
 * @param id the compaction ID
 * @param object always {@code response.compaction}
 * @param output the compacted items (user messages kept as they were, and an encrypted {@code compaction} item)
 * @param createdAt when it was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param usage the tokens the compaction used
 */
public record CompactedResponse(String id, String object, List<ResponseItem> output, long createdAt,
		ResponseUsage usage) {

	/**
	 * Copies the output.
	 */
	public CompactedResponse {
		output = (output != null) ? List.copyOf(output) : List.of();
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
