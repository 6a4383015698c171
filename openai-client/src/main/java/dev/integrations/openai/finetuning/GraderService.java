package dev.integrations.openai.finetuning;

import dev.integrations.openai.common.OpenAIService;
import reactor.core.publisher.Mono;

/**
 * The alpha grader endpoints of fine-tuning ({@code /fine_tuning/alpha/graders}): try a {@link Grader} on one sample
 * before a reinforcement fine-tuning job (or an eval) uses it. Thread-safe; get it from
 * {@link FineTuningService#graders()}.
 */
public interface GraderService extends OpenAIService<GraderService> {

	/**
	 * Runs a grader on one model sample ({@code POST /fine_tuning/alpha/graders/run}).
	 * @param request the grader, the sample and the dataset item
	 * @return the reward, the per-grader scores and what went wrong, if anything
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the grader or the sample is missing, or
	 * the grader is a {@code label_model} one (which runs only inside a {@link MultiGrader})
	 */
	RunGraderResponse run(RunGraderRequest request);

	/** {@link #run(RunGraderRequest)} as a lazy {@link Mono}. */
	Mono<RunGraderResponse> runAsync(RunGraderRequest request);

	/**
	 * Checks a grader without running it ({@code POST /fine_tuning/alpha/graders/validate}).
	 * @param grader the grader: any type but {@code label_model} (which is validated inside a {@link MultiGrader})
	 * @return the grader as the API understood it
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if the grader breaks a rule of the
	 * specification, before the network
	 * @throws dev.integrations.openai.errors.BadRequestException if the API refuses the grader
	 */
	ValidateGraderResponse validate(Grader grader);

	/** {@link #validate(Grader)} as a lazy {@link Mono}. */
	Mono<ValidateGraderResponse> validateAsync(Grader grader);

}
