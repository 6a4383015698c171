package dev.integrations.openai.finetuning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.VirtualTime;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.PageParams;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.errors.RateLimitException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FineTuningJobServiceTest extends WireMockSupport {

	/**
	 * A generous response timeout: a slow first response on a loaded machine must not trigger a retry that would
	 * consume a state of the polling scenarios.
	 */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	static String job(String status) {
		return """
				{"object": "fine_tuning.job", "id": "ftjob-abc123", "model": "gpt-4o-mini-2024-07-18",
				 "created_at": 1721764800, "fine_tuned_model": null, "organization_id": "org-123", "result_files": [],
				 "status": "%s", "validation_file": "file-abc123", "training_file": "file-abc123"}
				""".formatted(status);
	}

	private static final String SUCCEEDED_JOB = """
			{
			  "object": "fine_tuning.job", "id": "ftjob-abc123", "model": "davinci-002",
			  "created_at": 1692661014, "finished_at": 1692661190,
			  "fine_tuned_model": "ft:davinci-002:my-org:custom_suffix:7q8mpxmy", "organization_id": "org-123",
			  "result_files": ["file-abc123"], "status": "succeeded", "validation_file": null,
			  "training_file": "file-abc123",
			  "hyperparameters": {"n_epochs": 4, "batch_size": 1, "learning_rate_multiplier": 1.0},
			  "trained_tokens": 5768,
			  "integrations": [{"type": "wandb", "wandb": {"project": "my-wandb-project", "entity": null, "run_id": "ftjob-abc123"}}],
			  "seed": 0, "estimated_finish": 0,
			  "error": {"code": null, "message": null, "param": null},
			  "method": {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 4, "batch_size": 1,
			    "learning_rate_multiplier": 1.0}}},
			  "metadata": {"key": "value"}
			}
			""";

	private static final String REINFORCEMENT_JOB = """
			{
			  "object": "fine_tuning.job", "id": "ftjob-rft123", "model": "o4-mini", "created_at": 1721764800,
			  "finished_at": null, "fine_tuned_model": null, "organization_id": "org-123", "result_files": [],
			  "status": "validating_files", "validation_file": "file-123", "training_file": "file-abc",
			  "trained_tokens": null, "error": {}, "seed": 950189191, "estimated_finish": null, "integrations": [],
			  "hyperparameters": null,
			  "method": {"type": "reinforcement", "reinforcement": {
			    "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto",
			      "eval_interval": "auto", "eval_samples": "auto", "compute_multiplier": "auto", "reasoning_effort": "medium"},
			    "grader": {"type": "string_check", "name": "Example string check grader",
			      "input": "{{sample.output_text}}", "reference": "{{item.label}}", "operation": "eq"},
			    "response_format": null}},
			  "metadata": null
			}
			""";

	@Test
	void createSendsEveryFieldOfASupervisedJob() {
		this.server.stubFor(post("/v1/fine_tuning/jobs").willReturn(okJson(job("queued"))));

		FineTuningJob job = this.client.fineTuning()
			.jobs()
			.create(CreateFineTuningJobRequest.builder()
				.model("gpt-4o-mini-2024-07-18")
				.trainingFile("file-abc123")
				.validationFile("file-def456")
				.suffix("custom-model-name")
				.seed(42L)
				.method(FineTuneMethod.supervised(new FineTuningHyperparameters(HyperparameterValue.auto(),
						HyperparameterValue.of(1.8), HyperparameterValue.of(2))))
				.integration(FineTuningIntegration.wandb(WandbIntegration.of("my-wandb-project",
						"ft-run-display-name", "acme", List.of("first-experiment", "v2"))))
				.metadata("team", "search")
				.build());

		assertThat(job.status()).isEqualTo(FineTuningJobStatus.QUEUED);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{
					  "model": "gpt-4o-mini-2024-07-18",
					  "training_file": "file-abc123",
					  "suffix": "custom-model-name",
					  "validation_file": "file-def456",
					  "integrations": [{"type": "wandb", "wandb": {"project": "my-wandb-project",
					    "name": "ft-run-display-name", "entity": "acme", "tags": ["first-experiment", "v2"]}}],
					  "seed": 42,
					  "method": {"type": "supervised", "supervised": {"hyperparameters":
					    {"batch_size": "auto", "learning_rate_multiplier": 1.8, "n_epochs": 2}}},
					  "metadata": {"team": "search"}
					}
					""", false, false)));
	}

	@Test
	@SuppressWarnings("deprecation")
	void createSendsDpoAndTheDeprecatedTopLevelHyperparameters() {
		this.server.stubFor(post("/v1/fine_tuning/jobs").willReturn(okJson(job("queued"))));

		StepVerifier.create(this.client.fineTuning()
			.jobs()
			.createAsync(CreateFineTuningJobRequest.builder()
				.model("gpt-4o-mini")
				.trainingFile("file-abc")
				.hyperparameters(FineTuningHyperparameters.epochs(3))
				.method(FineTuneMethod.dpo(DpoHyperparameters.beta(0.1)))
				.build()))
			.expectNextCount(1)
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs")).withRequestBody(equalToJson("""
				{"model": "gpt-4o-mini", "training_file": "file-abc", "hyperparameters": {"n_epochs": 3},
				 "method": {"type": "dpo", "dpo": {"hyperparameters": {"beta": 0.1}}}}
				""", false, false)));
	}

	@Test
	void createSendsAReinforcementJobWithAMultiGraderAndParsesTheGraderBack() {
		this.server.stubFor(post("/v1/fine_tuning/jobs").willReturn(okJson(REINFORCEMENT_JOB)));
		Grader grader = new MultiGrader("example multi grader",
				new ScoreModelGrader("accuracy", "o4-mini-2025-04-16",
						List.of(GraderMessage.text(GraderMessage.Role.SYSTEM, "Score 1.0 if they match."),
								GraderMessage.text(GraderMessage.Role.USER,
										"Reference: {{item.reference_answer}}. Model: {{sample.output_text}}")),
						new ScoreModelGrader.SamplingParams(null, null, 0.0, 256, "low"), List.of(0.0, 1.0)),
				"accuracy");

		FineTuningJob job = this.client.fineTuning()
			.jobs()
			.create(CreateFineTuningJobRequest.builder()
				.model("o4-mini")
				.trainingFile("file-abc")
				.validationFile("file-123")
				.method(FineTuneMethod.reinforcement(grader, new ReinforcementHyperparameters(null, null, null,
						ReinforcementReasoningEffort.MEDIUM, HyperparameterValue.of(2.5), HyperparameterValue.of(10),
						HyperparameterValue.auto())))
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs")).withRequestBody(equalToJson("""
				{"model": "o4-mini", "training_file": "file-abc", "validation_file": "file-123",
				 "method": {"type": "reinforcement", "reinforcement": {
				   "grader": {"type": "multi", "name": "example multi grader", "calculate_output": "accuracy",
				     "graders": {"type": "score_model", "name": "accuracy", "model": "o4-mini-2025-04-16",
				       "input": [
				         {"type": "message", "role": "system", "content": "Score 1.0 if they match."},
				         {"type": "message", "role": "user",
				          "content": "Reference: {{item.reference_answer}}. Model: {{sample.output_text}}"}],
				       "sampling_params": {"temperature": 0.0, "max_completions_tokens": 256, "reasoning_effort": "low"},
				       "range": [0.0, 1.0]}},
				   "hyperparameters": {"reasoning_effort": "medium", "compute_multiplier": 2.5, "eval_interval": 10,
				     "eval_samples": "auto"}}}}
				""", false, false)));
		ReinforcementMethod method = job.method().reinforcement();
		assertThat(job.method().type()).isEqualTo(FineTuneMethodType.REINFORCEMENT);
		assertThat(method.grader()).isEqualTo(new StringCheckGrader("Example string check grader",
				"{{sample.output_text}}", "{{item.label}}", StringCheckGrader.Operation.EQ));
		assertThat(method.hyperparameters().reasoningEffort()).isEqualTo(ReinforcementReasoningEffort.MEDIUM);
		assertThat(method.hyperparameters().evalSamples().isAuto()).isTrue();
		assertThat(job.error().isPresent()).isFalse();
		assertThat(job.status()).isEqualTo(FineTuningJobStatus.VALIDATING_FILES);
	}

	@Test
	void retrieveParsesTheSucceededJobWithHyperparametersIntegrationsAndTimestamps() {
		this.server.stubFor(get("/v1/fine_tuning/jobs/ftjob-abc123").willReturn(okJson(SUCCEEDED_JOB)));

		FineTuningJob job = this.client.fineTuning().jobs().retrieve("ftjob-abc123");

		assertThat(job.status()).isEqualTo(FineTuningJobStatus.SUCCEEDED);
		assertThat(job.isTerminal()).isTrue();
		assertThat(job.fineTunedModel()).isEqualTo("ft:davinci-002:my-org:custom_suffix:7q8mpxmy");
		assertThat(job.resultFiles()).containsExactly("file-abc123");
		assertThat(job.trainedTokens()).isEqualTo(5768L);
		assertThat(job.hyperparameters().nEpochs()).isEqualTo(HyperparameterValue.of(4));
		assertThat(job.hyperparameters().learningRateMultiplier().number().doubleValue()).isEqualTo(1.0);
		assertThat(job.method().supervised().hyperparameters().batchSize().number().intValue()).isEqualTo(1);
		assertThat(job.integrations()).singleElement().satisfies((integration) -> {
			assertThat(integration.type()).isEqualTo("wandb");
			assertThat(integration.wandb().project()).isEqualTo("my-wandb-project");
			assertThat(integration.wandb().runId()).isEqualTo("ftjob-abc123");
		});
		assertThat(job.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1692661014));
		assertThat(job.finishedAtInstant()).isEqualTo(Instant.ofEpochSecond(1692661190));
		assertThat(job.metadata()).containsEntry("key", "value");
	}

	@Test
	void aGraderOfAnUnknownTypeDoesNotBreakParsingTheJob() {
		this.server.stubFor(get("/v1/fine_tuning/jobs/ftjob-rft123").willReturn(okJson(REINFORCEMENT_JOB
			.replace("\"type\": \"string_check\"", "\"type\": \"endpoint\", \"url\": \"https://grader.example.com\""))));

		FineTuningJob job = this.client.fineTuning().jobs().retrieve("ftjob-rft123");

		assertThat(job.method().reinforcement().grader()).isEqualTo(new Grader.Unknown("Example string check grader",
				"endpoint", Map.of("url", "https://grader.example.com", "input", "{{sample.output_text}}", "reference",
						"{{item.label}}", "operation", "eq")));
	}

	@Test
	void listSendsCursorLimitAndMetadataFilterAndPagesByTheLastJobId() {
		this.server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs")).withQueryParam("after", equalTo("ftjob-0"))
			.willReturn(okJson("{\"object\": \"list\", \"data\": [" + job("running") + "], \"has_more\": true}")));
		this.server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs")).withQueryParam("after", equalTo("ftjob-abc123"))
			.willReturn(okJson("{\"object\": \"list\", \"data\": [" + SUCCEEDED_JOB.replace("ftjob-abc123", "ftjob-def456")
					+ "], \"has_more\": false}")));
		FineTuningJobListParams params = new FineTuningJobListParams("ftjob-0", 2, Map.of("team", "search"));

		ListResponse<FineTuningJob> page = this.client.fineTuning().jobs().list(params);
		List<String> all = this.client.fineTuning().jobs().listAutoPaging(params).stream().map(FineTuningJob::id).toList();

		assertThat(page.hasMore()).isTrue();
		assertThat(all).containsExactly("ftjob-abc123", "ftjob-def456");
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs?after=ftjob-0&limit=2&metadata%5Bteam%5D=search")));
		this.server.verify(getRequestedFor(urlPathEqualTo("/v1/fine_tuning/jobs"))
			.withQueryParam("after", equalTo("ftjob-abc123"))
			.withQueryParam("metadata[team]", equalTo("search")));
	}

	@Test
	void cancelPauseAndResumePostToTheirRoutes() {
		this.server.stubFor(post("/v1/fine_tuning/jobs/ftjob-abc123/cancel").willReturn(okJson(job("cancelled"))));
		this.server.stubFor(post("/v1/fine_tuning/jobs/ftjob-abc123/pause").willReturn(okJson(job("paused"))));
		this.server.stubFor(post("/v1/fine_tuning/jobs/ftjob-abc123/resume").willReturn(okJson(job("queued"))));
		FineTuningJobService jobs = this.client.fineTuning().jobs();

		assertThat(jobs.pause("ftjob-abc123").status()).isEqualTo(FineTuningJobStatus.PAUSED);
		StepVerifier.create(jobs.resumeAsync("ftjob-abc123").map(FineTuningJob::status))
			.expectNext(FineTuningJobStatus.QUEUED)
			.verifyComplete();
		assertThat(jobs.cancel("ftjob-abc123").status()).isEqualTo(FineTuningJobStatus.CANCELLED);
		for (String verb : List.of("pause", "resume", "cancel")) {
			this.server.verify(1, postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/ftjob-abc123/" + verb))
				.withHeader("Authorization", equalTo("Bearer " + API_KEY)));
		}
	}

	@Test
	void listEventsParsesMessagesAndMetrics() {
		this.server.stubFor(get(urlPathEqualTo("/v1/fine_tuning/jobs/ftjob-abc123/events")).willReturn(okJson("""
				{"object": "list", "data": [
				  {"object": "fine_tuning.job.event", "id": "ft-event-ddTJfwuMVpfLXseO0Am0Gqjm", "created_at": 1721764800,
				   "level": "info", "message": "Fine tuning job successfully completed", "data": null, "type": "message"},
				  {"object": "fine_tuning.job.event", "id": "ft-event-tyiGuB72evQncpH87xe505Sv", "created_at": 1721764790,
				   "level": "info", "message": "Step 300/300: training loss=0.13", "type": "metrics",
				   "data": {"step": 300, "train_loss": 0.1301, "total_steps": 300}}
				], "has_more": true}
				""")));

		ListResponse<FineTuningJobEvent> events = this.client.fineTuning()
			.jobs()
			.listEvents("ftjob-abc123", new PageParams(2, "ft-event-abc"));

		assertThat(events.hasMore()).isTrue();
		assertThat(events.data()).extracting(FineTuningJobEvent::type)
			.containsExactly(FineTuningJobEvent.Type.MESSAGE, FineTuningJobEvent.Type.METRICS);
		FineTuningJobEvent metrics = events.data().get(1);
		assertThat(metrics.level()).isEqualTo(FineTuningJobEvent.Level.INFO);
		assertThat(metrics.data().path("train_loss").asDouble()).isEqualTo(0.1301);
		assertThat(metrics.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1721764790));
		this.server.verify(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/ftjob-abc123/events?after=ft-event-abc&limit=2")));
	}

	@Test
	void listCheckpointsParsesMetrics() {
		this.server.stubFor(get("/v1/fine_tuning/jobs/ftjob-abc123/checkpoints?limit=10").willReturn(okJson("""
				{"object": "list", "data": [{
				  "object": "fine_tuning.job.checkpoint", "id": "ftckpt_zc4Q7MP6XxulcVzj4MZdwsAB", "created_at": 1721764867,
				  "fine_tuned_model_checkpoint": "ft:gpt-4o-mini-2024-07-18:my-org:custom-suffix:96olL566:ckpt-step-2000",
				  "metrics": {"full_valid_loss": 0.134, "full_valid_mean_token_accuracy": 0.874},
				  "fine_tuning_job_id": "ftjob-abc123", "step_number": 2000}],
				 "first_id": "ftckpt_zc4Q7MP6XxulcVzj4MZdwsAB", "last_id": "ftckpt_zc4Q7MP6XxulcVzj4MZdwsAB",
				 "has_more": false}
				""")));

		List<FineTuningJobCheckpoint> checkpoints = this.client.fineTuning()
			.jobs()
			.listCheckpointsAutoPaging("ftjob-abc123", PageParams.limit(10))
			.all()
			.collectList()
			.block();

		assertThat(checkpoints).singleElement().satisfies((checkpoint) -> {
			assertThat(checkpoint.stepNumber()).isEqualTo(2000);
			assertThat(checkpoint.fineTunedModelCheckpoint()).endsWith(":ckpt-step-2000");
			assertThat(checkpoint.metrics().fullValidLoss()).isEqualTo(0.134);
			assertThat(checkpoint.metrics().trainLoss()).isNull();
		});
	}

	@Test
	void awaitCompletionPollsUntilAFailedJobAndKeepsItsError() {
		String failed = job("failed").replace("\"status\"", """
				"error": {"code": "invalid_training_file", "message": "The training file is not valid JSONL.",
				          "param": "training_file"}, "status\"""");
		stubStatuses(job("validating_files"), job("running"), failed);
		VirtualTime time = new VirtualTime();

		FineTuningJob job = this.client.fineTuning()
			.jobs()
			.awaitCompletion("ftjob-abc123", time.poller(Duration.ofSeconds(15), Duration.ofHours(2)));

		assertThat(job.status()).isEqualTo(FineTuningJobStatus.FAILED);
		assertThat(job.error()).isEqualTo(new FineTuningJobError("invalid_training_file",
				"The training file is not valid JSONL.", "training_file"));
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(15));
	}

	@Test
	void awaitCompletionAsyncTimesOutWhileTheJobRuns() {
		this.server.stubFor(get("/v1/fine_tuning/jobs/ftjob-abc123").willReturn(okJson(job("running"))));
		VirtualTime time = new VirtualTime();

		StepVerifier.create(this.client.fineTuning()
			.jobs()
			.awaitCompletionAsync("ftjob-abc123", time.poller(Duration.ofSeconds(45), Duration.ofMinutes(1))))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAITimeoutException.class)
				.hasMessage("Gave up waiting after PT1M: fine-tuning job ftjob-abc123 is still running"))
			.verify();
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(45), Duration.ofSeconds(15));
	}

	@Test
	void rateLimitedCreateIsRetriedThenSurfacesAsRateLimitException() {
		this.server.stubFor(post("/v1/fine_tuning/jobs").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Too many concurrent fine-tuning jobs.", "type": "rate_limit_error",
					 "param": null, "code": "rate_limit_exceeded"}}
					""")));

		assertThatThrownBy(() -> this.client.fineTuning()
			.jobs()
			.create(CreateFineTuningJobRequest.builder().model("gpt-4o-mini").trainingFile("file-abc").build()))
			.isInstanceOfSatisfying(RateLimitException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("rate_limit_exceeded"));
		this.server.verify(3, postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs")));
	}

	@Test
	void invalidRequestsNameTheWireFieldBeforeAnyCall() {
		assertThatThrownBy(() -> CreateFineTuningJobRequest.builder().trainingFile("file-abc").build())
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessage("model must not be blank");
		assertThatThrownBy(() -> CreateFineTuningJobRequest.builder().model("gpt-4o-mini").trainingFile("f").suffix("x".repeat(65)).build())
			.hasMessage("suffix must be 1 to 64 characters, was 65");
		assertThatThrownBy(() -> CreateFineTuningJobRequest.builder().model("gpt-4o-mini").trainingFile("f").seed(-1L).build())
			.hasMessage("seed must be between 0 and 2147483647, was -1");
		assertThatThrownBy(() -> FineTuningHyperparameters.epochs(51))
			.hasMessage("n_epochs must be \"auto\" or at least 1 and at most 50, was 51");
		assertThatThrownBy(() -> FineTuneMethod.supervised(new FineTuningHyperparameters(HyperparameterValue.of(0), null, null)))
			.hasMessage("batch_size must be \"auto\" or at least 1 and at most 256, was 0");
		assertThatThrownBy(() -> FineTuneMethod.supervised(new FineTuningHyperparameters(null, HyperparameterValue.of(0.0), null)))
			.hasMessage("learning_rate_multiplier must be \"auto\" or greater than 0, was 0.0");
		assertThatThrownBy(() -> DpoHyperparameters.beta(2.5))
			.hasMessage("beta must be \"auto\" or greater than 0 and at most 2, was 2.5");
		assertThatThrownBy(() -> FineTuneMethod.reinforcement(new PythonGrader("always_one", "def grade(sample, item): return 1.0", null),
				new ReinforcementHyperparameters(null, null, null, null, null, HyperparameterValue.of(0), null)))
			.hasMessage("eval_interval must be \"auto\" or at least 1, was 0");
		assertThatThrownBy(() -> this.client.fineTuning().jobs().listEvents("ftjob-abc123", new PageParams(0, null)))
			.hasMessage("limit must be between 1 and 2147483647, was 0");
		StepVerifier.create(this.client.fineTuning().jobs().pauseAsync(""))
			.expectErrorMessage("fine_tuning_job_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	private void stubStatuses(String... bodies) {
		String state = Scenario.STARTED;
		for (int i = 0; i < bodies.length; i++) {
			String next = (i + 1 < bodies.length) ? "poll-" + (i + 1) : state;
			this.server.stubFor(get("/v1/fine_tuning/jobs/ftjob-abc123").inScenario("statuses")
				.whenScenarioStateIs(state)
				.willReturn(okJson(bodies[i]))
				.willSetStateTo(next));
			state = next;
		}
	}

}
