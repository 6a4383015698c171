package dev.integrations.openai.chat;

import org.jspecify.annotations.Nullable;

/**
 * An annotation of a message, such as a URL citation from web search.
 *
 * @param type the annotation type, {@code url_citation}
 * @param urlCitation the citation, for {@code url_citation}
 */
public record ChatAnnotation(String type, @Nullable UrlCitation urlCitation) {

	/**
	 * A web resource the answer cites.
	 *
	 * @param startIndex the index of the first character of the citation in the message
	 * @param endIndex the index after the last character of the citation
	 * @param url the URL
	 * @param title the title of the resource
	 */
	public record UrlCitation(int startIndex, int endIndex, String url, String title) {

	}

}
