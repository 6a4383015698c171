package dev.integrations.openai.containers;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The Containers API ({@code /containers}): the sandboxes the code interpreter and shell tools run code in, with
 * the {@link #files()} of each. Blocking methods run on the caller's thread; {@code Async} methods return a lazy
 * {@link Mono} that calls on subscription. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#containers()}.
 */
public interface ContainerService extends OpenAIService<ContainerService> {

	/**
	 * Creates a container ({@code POST /containers}).
	 * @param request the name, files, expiry, skills, memory and network policy
	 * @return the container, usually {@code running}
	 */
	Container create(CreateContainerRequest request);

	/** {@link #create(CreateContainerRequest)} as a lazy {@link Mono}. */
	Mono<Container> createAsync(CreateContainerRequest request);

	/**
	 * Lists one page of containers ({@code GET /containers}).
	 * @param params the page size (1 to 100), order, cursor and name filter
	 * @return the page
	 */
	ListResponse<Container> list(ContainerListParams params);

	/** {@link #list(ContainerListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<Container>> listAsync(ContainerListParams params);

	/**
	 * Walks every container, fetching pages as they are consumed ({@code GET /containers}).
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<Container> listAutoPaging(ContainerListParams params);

	/**
	 * Walks every container with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<Container> listAutoPaging() {
		return listAutoPaging(ContainerListParams.DEFAULTS);
	}

	/**
	 * Retrieves a container ({@code GET /containers/{container_id}}).
	 * @param containerId the container ID
	 * @return the container
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such container
	 */
	Container retrieve(String containerId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<Container> retrieveAsync(String containerId);

	/**
	 * Deletes a container and its files ({@code DELETE /containers/{container_id}}).
	 * @param containerId the container ID
	 * @return the deletion status as the API sends it ({@code container.deleted}); when it answers with an empty
	 * body, a status with the container ID, {@code deleted} true and no {@code object}
	 */
	DeletionStatus delete(String containerId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String containerId);

	/** @return the files of containers */
	ContainerFileService files();

}
