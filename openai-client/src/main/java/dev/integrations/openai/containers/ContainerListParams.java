package dev.integrations.openai.containers;

import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /containers}: the shared cursor parameters (without {@code before}, which the route does not
 * take) and the name to filter by.
 *
 * @param page the page size (1 to 100, the API's default is 20), the order and the cursor
 * @param name only the containers with this name, or {@code null} for all
 */
public record ContainerListParams(ListParams page, @Nullable String name)
		implements CursorParams<ContainerListParams> {

	/** The API's defaults: no filter. */
	public static final ContainerListParams DEFAULTS = new ContainerListParams(ListParams.DEFAULTS, null);

	/**
	 * Checks the page.
	 */
	public ContainerListParams {
		noBefore(Validation.required("page", page));
		if (name != null) {
			Validation.notBlank("name", name);
		}
	}

	/** Rejects {@code before}, which the container routes do not take. */
	static void noBefore(ListParams page) {
		if (page.before() != null) {
			throw new OpenAIValidationException("before", "before is not supported when listing containers or their files");
		}
	}

	/**
	 * The given page parameters, with no filter.
	 * @param page the page parameters
	 * @return the parameters
	 */
	public static ContainerListParams of(ListParams page) {
		return new ContainerListParams(page, null);
	}

	/**
	 * Returns a copy that lists only the containers with a name.
	 * @param name the name, or {@code null} for all
	 * @return the parameters
	 */
	public ContainerListParams withName(@Nullable String name) {
		return new ContainerListParams(this.page, name);
	}

	@Override
	public @Nullable String after() {
		return this.page.after();
	}

	@Override
	public ContainerListParams withAfter(@Nullable String after) {
		return new ContainerListParams(this.page.withAfter(after), this.name);
	}

}
