package dev.integrations.openai.common;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Walks a cursor-paged list ({@code after}, {@code limit}, {@code has_more}) lazily: a page is fetched only when
 * the previous one is used up, and paging stops on {@code has_more=false} without an extra empty request.
 * Blocking ({@link #iterateAll()}, {@link #stream()}) and reactive ({@link #all()}) views share one fetch function.
 *
 * @param <T> the element type
 */
public final class CursorPager<T> {

	private final Function<@Nullable String, Mono<ListResponse<T>>> fetchPage;

	private final Function<T, String> idOf;

	private final @Nullable String startAfter;

	/**
	 * Creates a pager.
	 * @param startAfter the cursor to start after, or {@code null} for the beginning
	 * @param fetchPage fetches the page after a cursor ({@code null} for the first page)
	 * @param idOf the ID of an element, the cursor when a page has no {@code last_id}
	 */
	public CursorPager(@Nullable String startAfter, Function<@Nullable String, Mono<ListResponse<T>>> fetchPage,
			Function<T, String> idOf) {
		this.startAfter = startAfter;
		this.fetchPage = fetchPage;
		this.idOf = idOf;
	}

	/**
	 * The first page only.
	 * @return the first page
	 */
	public Mono<ListResponse<T>> firstPage() {
		return this.fetchPage.apply(this.startAfter);
	}

	/**
	 * Every element of every page, fetching pages as the subscriber demands them.
	 * @return the elements
	 */
	public Flux<T> all() {
		return firstPage().expand((page) -> hasNext(page) ? this.fetchPage.apply(cursor(page)) : Mono.empty())
			.concatMapIterable(ListResponse::data, 1);
	}

	/**
	 * Every element of every page, blocking the caller's thread while a page loads.
	 * @return a lazy iterable; each iteration starts again from the first page
	 */
	public Iterable<T> iterateAll() {
		return BlockingIterator::new;
	}

	/**
	 * Every element of every page as a lazy stream, blocking the caller's thread while a page loads.
	 * @return the stream
	 */
	public Stream<T> stream() {
		return StreamSupport.stream(iterateAll().spliterator(), false);
	}

	private boolean hasNext(ListResponse<T> page) {
		return page.hasMore() && !page.data().isEmpty();
	}

	private String cursor(ListResponse<T> page) {
		return (page.lastId() != null) ? page.lastId() : this.idOf.apply(page.data().get(page.data().size() - 1));
	}

	private final class BlockingIterator implements Iterator<T> {

		private @Nullable ListResponse<T> page;

		private Iterator<T> current = List.<T>of().iterator();

		@Override
		public boolean hasNext() {
			while (!this.current.hasNext()) {
				if (this.page != null && !CursorPager.this.hasNext(this.page)) {
					return false;
				}
				ListResponse<T> next = CursorPager.this.fetchPage
					.apply((this.page != null) ? cursor(this.page) : CursorPager.this.startAfter)
					.block();
				if (next == null) {
					return false;
				}
				this.page = next;
				this.current = next.data().iterator();
			}
			return true;
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.current.next();
		}

	}

}
