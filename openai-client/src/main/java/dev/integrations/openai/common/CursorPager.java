package dev.integrations.openai.common;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.integrations.openai.errors.OpenAIResponseException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Walks a cursor-paged list ({@code after}, {@code limit}, {@code has_more}) lazily: a page is fetched only when
 * the previous one is used up, and paging stops on {@code has_more=false} without an extra empty request; a
 * server that hands out a cursor again fails the walk with an {@link OpenAIResponseException} instead of looping.
 * It is an {@link Iterable} of every element of every page: a {@code for} loop (or {@link #stream()}) walks them on
 * the caller's thread, each iteration starting again from the first page; {@link #all()} is the reactive view.
 * Both share one fetch function.
 * <pre>{@code
 * for (OpenAIFile file : client.files().listAutoPaging()) { ... }
 * }</pre>
 *
 * @param <T> the element type
 */
public final class CursorPager<T> implements Iterable<T> {

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
	 * The pager of a list operation: the one line behind every {@code listAutoPaging}
	 * ({@code return CursorPager.of(params, (page) -> listAsync(threadId, page), Run::id);}).
	 * @param <T> the element type
	 * @param <P> the list parameters type
	 * @param params the parameters of the first page; the pager moves on with {@link CursorParams#withAfter}
	 * @param listAsync fetches one page with the given parameters
	 * @param idOf the ID of an element, the cursor when a page has no {@code last_id}
	 * @return the pager
	 */
	public static <T, P extends CursorParams<P>> CursorPager<T> of(P params,
			Function<P, Mono<ListResponse<T>>> listAsync, Function<T, String> idOf) {
		return new CursorPager<>(params.after(), (after) -> listAsync.apply(params.withAfter(after)), idOf);
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
		return Flux.defer(() -> {
			Walk walk = new Walk();
			return firstPage().expand((page) -> hasNext(page)
					? Mono.fromCallable(() -> walk.next(page)).flatMap(this.fetchPage::apply) : Mono.empty());
		}).concatMapIterable(ListResponse::data, 1);
	}

	/**
	 * Every element of every page, blocking the caller's thread while a page loads; must not be called on a
	 * reactive (event loop) thread.
	 * @return a lazy iterator that starts from the first page
	 */
	@Override
	public Iterator<T> iterator() {
		return new BlockingIterator();
	}

	/**
	 * Every element of every page as a lazy stream, blocking the caller's thread while a page loads.
	 * @return the stream
	 */
	public Stream<T> stream() {
		return StreamSupport.stream(spliterator(), false);
	}

	private boolean hasNext(ListResponse<T> page) {
		return page.hasMore() && !page.data().isEmpty();
	}

	private String cursor(ListResponse<T> page) {
		return (page.lastId() != null) ? page.lastId() : this.idOf.apply(page.data().get(page.data().size() - 1));
	}

	/**
	 * The cursors one walk has followed. A server answering {@code has_more} with a cursor it gave before would send
	 * the walk round the same pages forever; the walk fails instead.
	 */
	private final class Walk {

		private final Set<String> followed = new HashSet<>();

		Walk() {
			if (CursorPager.this.startAfter != null) {
				this.followed.add(CursorPager.this.startAfter);
			}
		}

		String next(ListResponse<T> page) {
			String cursor = cursor(page);
			if (!this.followed.add(cursor)) {
				throw new OpenAIResponseException("The server answered has_more with the cursor " + cursor
						+ " it had already given; paging stopped instead of fetching the same pages forever", null);
			}
			return cursor;
		}

	}

	private final class BlockingIterator implements Iterator<T> {

		private final Walk walk = new Walk();

		private @Nullable ListResponse<T> page;

		private Iterator<T> current = List.<T>of().iterator();

		@Override
		public boolean hasNext() {
			while (!this.current.hasNext()) {
				if (this.page != null && !CursorPager.this.hasNext(this.page)) {
					return false;
				}
				ListResponse<T> next = CursorPager.this.fetchPage
					.apply((this.page != null) ? this.walk.next(this.page) : CursorPager.this.startAfter)
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
