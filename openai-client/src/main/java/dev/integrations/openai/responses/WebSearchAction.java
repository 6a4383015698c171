package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * What a web search call did, by its {@code type}: a search, opening a page, or finding text in a page. An action
 * type added after this client is read as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = WebSearchAction.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(WebSearchAction.Search.class), @JsonSubTypes.Type(WebSearchAction.OpenPage.class),
		@JsonSubTypes.Type(WebSearchAction.FindInPage.class) })
public sealed interface WebSearchAction {

	/**
	 * A search ({@code search}).
	 *
	 * @param query the query (deprecated in favor of {@code queries})
	 * @param queries the queries
	 * @param sources the sources, when {@code include} has {@code web_search_call.action.sources}
	 */
	@JsonTypeName("search")
	record Search(@Nullable String query, @Nullable List<String> queries,
			@Nullable List<Source> sources) implements WebSearchAction {

	}

	/**
	 * A source a search used.
	 *
	 * @param type always {@code url}
	 * @param url the URL
	 */
	record Source(String type, String url) {

	}

	/**
	 * Opening a page ({@code open_page}).
	 *
	 * @param url the URL of the page
	 */
	@JsonTypeName("open_page")
	record OpenPage(@Nullable String url) implements WebSearchAction {

	}

	/**
	 * Searching for a pattern in a page ({@code find_in_page}).
	 *
	 * @param url the URL of the page
	 * @param pattern the pattern searched for
	 */
	@JsonTypeName("find_in_page")
	record FindInPage(String url, String pattern) implements WebSearchAction {

	}

	/**
	 * An action of a type added after this client, kept as read and written back unchanged.
	 *
	 * @param type the action type
	 * @param fields the other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements WebSearchAction {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
