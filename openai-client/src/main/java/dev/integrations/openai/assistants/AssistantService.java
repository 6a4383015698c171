package dev.integrations.openai.assistants;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The assistants of the Assistants API ({@code /assistants}); every request carries
 * {@code OpenAI-Beta: assistants=v2}. Blocking methods run on the caller's thread; {@code Async} methods return a
 * lazy {@link Mono}. Thread-safe; get it from {@link dev.integrations.openai.client.OpenAIClient#assistants()}.
 *
 * @deprecated the Assistants API is deprecated by OpenAI in favor of the Responses API; migrate to
 * {@code OpenAIClient.responses()}
 */
@Deprecated
public interface AssistantService extends OpenAIService<AssistantService> {

	/**
	 * Creates an assistant ({@code POST /assistants}).
	 * @param request the assistant; {@code model} is required
	 * @return the assistant
	 */
	Assistant create(AssistantRequest request);

	/** {@link #create(AssistantRequest)} as a lazy {@link Mono}. */
	Mono<Assistant> createAsync(AssistantRequest request);

	/**
	 * Retrieves an assistant ({@code GET /assistants/{assistant_id}}).
	 * @param assistantId the assistant ID
	 * @return the assistant
	 */
	Assistant retrieve(String assistantId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<Assistant> retrieveAsync(String assistantId);

	/**
	 * Modifies an assistant ({@code POST /assistants/{assistant_id}}); only the fields set are changed.
	 * @param assistantId the assistant ID
	 * @param request the changes
	 * @return the modified assistant
	 */
	Assistant modify(String assistantId, AssistantRequest request);

	/** {@link #modify(String, AssistantRequest)} as a lazy {@link Mono}. */
	Mono<Assistant> modifyAsync(String assistantId, AssistantRequest request);

	/**
	 * Deletes an assistant ({@code DELETE /assistants/{assistant_id}}).
	 * @param assistantId the assistant ID
	 * @return the deletion status, object {@code assistant.deleted}
	 */
	DeletionStatus delete(String assistantId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String assistantId);

	/**
	 * Lists one page of assistants ({@code GET /assistants}).
	 * @param params limit, order, after and before
	 * @return the page
	 */
	ListResponse<Assistant> list(ListParams params);

	/** {@link #list(ListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<Assistant>> listAsync(ListParams params);

	/**
	 * Every assistant, fetching pages lazily ({@code GET /assistants}).
	 * @param params the first page's parameters; {@code limit} sets the page size
	 * @return the pager
	 */
	CursorPager<Assistant> listAutoPaging(ListParams params);

	/**
	 * Walks every assistant with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<Assistant> listAutoPaging() {
		return listAutoPaging(ListParams.DEFAULTS);
	}


}
