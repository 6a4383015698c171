package dev.integrations.openai.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class CursorPagerTest {

	record Item(String id) {
	}

	private final List<@Nullable String> requestedCursors = new ArrayList<>();

	private Mono<ListResponse<Item>> fetch(@Nullable String after) {
		return Mono.fromSupplier(() -> {
			this.requestedCursors.add(after);
			if (after == null) {
				return new ListResponse<>("list", List.of(new Item("a"), new Item("b")), "a", "b", true);
			}
			if (after.equals("b")) {
				return new ListResponse<>("list", List.of(new Item("c"), new Item("d")), "c", null, true);
			}
			return new ListResponse<>("list", List.of(new Item("e")), "e", "e", false);
		});
	}

	private final CursorPager<Item> pager = new CursorPager<>(null, this::fetch, Item::id);

	@Test
	void reactiveAutoPagingFollowsCursorsAndStopsOnHasMoreFalse() {
		StepVerifier.create(this.pager.all().map(Item::id)).expectNext("a", "b", "c", "d", "e").verifyComplete();

		assertThat(this.requestedCursors).containsExactly(null, "b", "d");
	}

	@Test
	void blockingIterationIsLazy() {
		Iterator<Item> items = this.pager.iterator();

		assertThat(items.next().id()).isEqualTo("a");
		assertThat(items.next().id()).isEqualTo("b");
		assertThat(this.requestedCursors).containsExactly((String) null);
		assertThat(items.next().id()).isEqualTo("c");
		assertThat(this.requestedCursors).containsExactly(null, "b");
	}

	@Test
	void aForLoopWalksEveryPageAndEveryLoopStartsAgainFromTheFirstPage() {
		List<String> ids = new ArrayList<>();
		for (Item item : this.pager) {
			ids.add(item.id());
		}
		for (Item item : this.pager) {
			ids.add(item.id());
		}

		assertThat(ids).containsExactly("a", "b", "c", "d", "e", "a", "b", "c", "d", "e");
		assertThat(this.requestedCursors).containsExactly(null, "b", "d", null, "b", "d");
	}

	@Test
	void streamCollectsEveryPageWithoutAnExtraRequest() {
		assertThat(this.pager.stream().map(Item::id)).containsExactly("a", "b", "c", "d", "e");
		assertThat(this.requestedCursors).hasSize(3);
	}

	@Test
	void reactiveTakeStopsFetching() {
		StepVerifier.create(this.pager.all().take(2)).expectNextCount(2).verifyComplete();

		assertThat(this.requestedCursors).containsExactly((String) null);
	}

	@Test
	void startAfterIsTheFirstCursor() {
		CursorPager<Item> fromD = new CursorPager<>("d", this::fetch, Item::id);

		assertThat(fromD.stream().map(Item::id)).containsExactly("e");
		assertThat(this.requestedCursors).containsExactly("d");
	}

}
