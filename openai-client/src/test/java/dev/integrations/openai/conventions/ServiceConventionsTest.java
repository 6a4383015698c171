package dev.integrations.openai.conventions;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.PageParams;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every public {@code *Service} interface of {@code dev.integrations.openai} by reflection and holds it to the
 * conventions of {@link ConventionRules} (described in {@code CONTRIBUTING.md}). A new service is checked as soon as
 * it compiles.
 */
class ServiceConventionsTest {

	@Test
	void everyPublicServiceFollowsTheNamingRules() throws Exception {
		List<Class<?>> services = services();
		Set<String> violations = new TreeSet<>();
		services.forEach((service) -> violations.addAll(ConventionRules.violations(service)));

		assertThat(services).hasSizeGreaterThanOrEqualTo(24);
		assertThat(violations).isEmpty();
	}

	@Test
	void aServiceBreakingTheRulesIsReportedOncePerRule() {
		assertThat(ConventionRules.violations(BadService.class)).containsExactlyInAnyOrder(
				"BadService#fetch: returns Mono but does not end in Async",
				"BadService#countAsync: ends in Async but returns int",
				"BadService#deleteAsync: has no blocking twin delete",
				"BadService#bytesAsync: has no blocking twin bytes",
				"BadService#events: BlockingStream without a Flux twin eventsAsync",
				"BadService#headers: exposes org.springframework.http.HttpHeaders",
				"BadService#list: list parameter Integer is neither a path ID nor the one CursorParams record",
				"BadService#listAutoPaging: has no overload without PageParams",
				"BadService#pages: returns a pager but is not named list...",
				"Stamped.when: a wire timestamp stays long Unix seconds",
				"Stamped.createdAt: has no createdAtInstant()",
				"Stamped#expiry: an Instant is named after its component, xInstant()",
				"Bad.builder: takes arguments; set required fields on the builder",
				"Builder#addTools: add one element (addTool), set a list with the plain name");
	}

	@Test
	void theRealServicesAreFoundAndAGoodServiceHasNoViolations() throws Exception {
		assertThat(services()).extracting(Class::getSimpleName)
			.contains("ChatCompletionService", "ResponseService", "BatchService", "VectorStoreFileService")
			.doesNotContain("OpenAIService");
		assertThat(ConventionRules.violations(GoodService.class)).isEmpty();
	}

	private static List<Class<?>> services() {
		return MainClasses.all()
			.stream()
			.filter((type) -> type.getSimpleName().endsWith("Service") && type.getEnclosingClass() == null
					&& type.isInterface() && java.lang.reflect.Modifier.isPublic(type.getModifiers())
					&& type != OpenAIService.class)
			.toList();
	}

	/** Every rule broken once. */
	interface BadService {

		Mono<String> fetch();

		int countAsync();

		Mono<Void> deleteAsync(String id);

		Flux<ByteBuffer> bytesAsync(String id);

		long bytes(String id, OutputStream target);

		BlockingStream<String> events();

		HttpHeaders headers();

		ListResponse<Stamped> list(String after, Integer limit);

		CursorPager<Stamped> listAutoPaging(PageParams params);

		CursorPager<Stamped> pages();

		Bad create(Bad request);

	}

	/** Follows every rule. */
	interface GoodService {

		Clean create(String id);

		Mono<Clean> createAsync(String id);

		BlockingStream<Clean> stream(String id);

		Flux<Clean> streamAsync(String id);

		ListResponse<Clean> list(String parentId, PageParams params);

		CursorPager<Clean> listAutoPaging(String parentId, PageParams params);

		CursorPager<Clean> listAutoPaging(String parentId);

		long downloadContent(String id, Path target);

		Flux<ByteBuffer> contentAsync(String id);

		long speak(String text, Path target);

		Flux<ByteBuffer> speakAsync(String text);

	}

	record Stamped(long created, long createdAt, Instant when) {

		public Instant createdInstant() {
			return Instant.ofEpochSecond(this.created);
		}

		public Instant expiry() {
			return Instant.ofEpochSecond(this.createdAt);
		}

	}

	record Clean(long createdAt, @Nullable Long expiresAt) {

		public Instant createdAtInstant() {
			return Instant.ofEpochSecond(this.createdAt);
		}

		public @Nullable Instant expiresAtInstant() {
			return (this.expiresAt != null) ? Instant.ofEpochSecond(this.expiresAt) : null;
		}

	}

	record Bad(String model) {

		public static Builder builder(String model) {
			return new Builder();
		}

		public static final class Builder {

			public Builder addTools(String... tools) {
				return this;
			}

		}

	}

}
