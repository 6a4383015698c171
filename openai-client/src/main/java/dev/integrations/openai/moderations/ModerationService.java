package dev.integrations.openai.moderations;

import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The Moderations API ({@code POST /moderations}). Blocking methods run on the caller's thread; {@code Async}
 * methods return a lazy {@link Mono} that calls on subscription. Thread-safe; get it from
 * {@link dev.integrations.openai.client.OpenAIClient#moderations()}.
 *
 * <pre>{@code
 * boolean flagged = client.moderations().create(ModerationRequest.of("I want to kill them.")).flagged();
 * }</pre>
 */
public interface ModerationService extends OpenAIService<ModerationService> {

	/**
	 * Classifies text and images ({@code POST /moderations}).
	 * @param request the request
	 * @return the results
	 * @throws dev.integrations.openai.errors.BadRequestException if the API refuses the request
	 */
	ModerationResponse create(ModerationRequest request);

	/** {@link #create(ModerationRequest)} as a lazy {@link Mono}. */
	Mono<ModerationResponse> createAsync(ModerationRequest request);

}
