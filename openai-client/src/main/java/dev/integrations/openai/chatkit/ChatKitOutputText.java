package dev.integrations.openai.chatkit;

import java.util.List;

import dev.integrations.openai.internal.WireLists;

/**
 * One segment of a {@link ChatKitThreadItem.AssistantMessage}: generated text and the sources it cites.
 *
 * @param type always {@code output_text}
 * @param text the text
 * @param annotations the cited files and URLs, in order
 */
public record ChatKitOutputText(String type, String text, List<ChatKitAnnotation> annotations) {

	/**
	 * Normalizes missing annotations to an empty list.
	 */
	public ChatKitOutputText {
		annotations = WireLists.copyOf(annotations);
	}

}
