package dev.integrations.openai.moderations;

import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModerationServiceTest extends WireMockSupport {

	private static final String OMNI_RESPONSE = """
			{
			  "id": "modr-0d9740456c391e43c445bf0f010940c7",
			  "model": "omni-moderation-latest",
			  "results": [
			    {
			      "flagged": true,
			      "categories": {
			        "harassment": true, "harassment/threatening": true, "sexual": false, "hate": false,
			        "hate/threatening": false, "illicit": false, "illicit/violent": false, "self-harm/intent": false,
			        "self-harm/instructions": false, "self-harm": false, "sexual/minors": false, "violence": true,
			        "violence/graphic": true
			      },
			      "category_scores": {
			        "harassment": 0.8189693396524255, "harassment/threatening": 0.804985420696006,
			        "sexual": 1.573112165348997e-6, "hate": 0.007562942636942845, "hate/threatening": 0.004208854591835476,
			        "illicit": 0.030535955153511665, "illicit/violent": 0.008925306722380033,
			        "self-harm/intent": 0.00023023930975076432, "self-harm/instructions": 0.0002293869201073356,
			        "self-harm": 0.012598046106750154, "sexual/minors": 2.212566909570261e-8,
			        "violence": 0.9999992735124786, "violence/graphic": 0.843064871157054
			      },
			      "category_applied_input_types": {
			        "harassment": ["text"], "harassment/threatening": ["text"], "sexual": ["text", "image"],
			        "hate": ["text"], "hate/threatening": ["text"], "illicit": ["text"], "illicit/violent": ["text"],
			        "self-harm/intent": ["text", "image"], "self-harm/instructions": ["text", "image"],
			        "self-harm": ["text", "image"], "sexual/minors": ["text"], "violence": ["text", "image"],
			        "violence/graphic": ["text", "image"]
			      }
			    }
			  ]
			}
			""";

	@Test
	void createSendsTextAndParsesEveryCategoryByItsWireName() {
		this.server.stubFor(post("/v1/moderations").willReturn(okJson(OMNI_RESPONSE)));

		ModerationResponse response = this.client.moderations().create(ModerationRequest.of("I want to kill them."));

		assertThat(response.id()).isEqualTo("modr-0d9740456c391e43c445bf0f010940c7");
		assertThat(response.model()).isEqualTo("omni-moderation-latest");
		assertThat(response.flagged()).isTrue();
		ModerationResult result = response.results().get(0);
		assertThat(result.categories().flagged()).containsExactly("harassment", "harassment/threatening", "violence",
				"violence/graphic");
		assertThat(result.categories().illicit()).isFalse();
		assertThat(result.categories().selfHarmIntent()).isFalse();
		assertThat(result.categoryScores().violence()).isEqualTo(0.9999992735124786);
		assertThat(result.categoryScores().sexualMinors()).isEqualTo(2.212566909570261e-8);
		assertThat(result.categoryScores().illicitViolent()).isEqualTo(0.008925306722380033);
		assertThat(result.categoryScores().asMap()).hasSize(13)
			.containsEntry("self-harm/instructions", 0.0002293869201073356)
			.containsEntry("hate/threatening", 0.004208854591835476);
		assertThat(result.categoryAppliedInputTypes().violenceGraphic()).containsExactly(ModerationInputType.TEXT,
				ModerationInputType.IMAGE);
		assertThat(result.categoryAppliedInputTypes().harassmentThreatening()).containsExactly(ModerationInputType.TEXT);
		assertThat(response.tokenUsage()).isNull();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/moderations"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"input\": \"I want to kill them.\"}", false, false)));
	}

	@Test
	void listOfTextsIsWrittenAsAStringArray() {
		this.server.stubFor(post("/v1/moderations").willReturn(okJson(OMNI_RESPONSE)));

		this.client.moderations()
			.create(ModerationRequest.of("text-moderation-stable",
					ModerationInput.of(List.of("I want to kill them.", "Have a lovely day!"))));

		this.server.verify(postRequestedFor(urlEqualTo("/v1/moderations")).withRequestBody(equalToJson("""
				{"input": ["I want to kill them.", "Have a lovely day!"], "model": "text-moderation-stable"}
				""", false, false)));
	}

	@Test
	void multimodalPartsAreWrittenWithTheirTypes() {
		this.server.stubFor(post("/v1/moderations").willReturn(okJson(OMNI_RESPONSE)));

		StepVerifier
			.create(this.client.moderations()
				.createAsync(ModerationRequest.of(ModerationRequest.OMNI_MODERATION_LATEST,
						ModerationInput.ofParts(ModerationInputPart.text("...text to classify goes here..."),
								ModerationInputPart.imageUrl("https://example.com/image.png")))))
			.assertNext((response) -> assertThat(response.results()).hasSize(1))
			.verifyComplete();

		this.server.verify(postRequestedFor(urlEqualTo("/v1/moderations")).withRequestBody(equalToJson("""
				{
				  "model": "omni-moderation-latest",
				  "input": [
				    {"type": "text", "text": "...text to classify goes here..."},
				    {"type": "image_url", "image_url": {"url": "https://example.com/image.png"}}
				  ]
				}
				""", false, false)));
	}

	@Test
	void legacyModelsWithoutIllicitCategoriesAndUnknownInputTypesStillParse() {
		this.server.stubFor(post("/v1/moderations").willReturn(okJson("""
				{"id": "modr-8f9e1c", "model": "text-moderation-007", "results": [{"flagged": false,
				  "categories": {"hate": false, "hate/threatening": false, "harassment": false,
				    "harassment/threatening": false, "self-harm": false, "self-harm/intent": false,
				    "self-harm/instructions": false, "sexual": false, "sexual/minors": false, "violence": false,
				    "violence/graphic": false},
				  "category_scores": {"hate": 0.0001, "violence": 0.0002},
				  "category_applied_input_types": {"violence": ["text", "video"]}}]}
				""")));

		ModerationResult result = this.client.moderations().create(ModerationRequest.of("Have a lovely day!")).results().get(0);

		assertThat(result.flagged()).isFalse();
		assertThat(result.categories().illicit()).isNull();
		assertThat(result.categories().flagged()).isEmpty();
		assertThat(result.categoryAppliedInputTypes().violence()).containsExactly(ModerationInputType.TEXT,
				ModerationInputType.UNKNOWN);
		assertThat(result.categoryAppliedInputTypes().hate()).isEmpty();
	}

	@Test
	void badRequestCarriesTheParam() {
		this.server.stubFor(post("/v1/moderations").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Image inputs are not supported by model text-moderation-stable.",
					 "type": "invalid_request_error", "param": "input", "code": "invalid_value"}}
					""")));

		assertThatThrownBy(() -> this.client.moderations()
			.create(ModerationRequest.of("text-moderation-stable",
					ModerationInput.ofParts(ModerationInputPart.imageUrl("https://example.com/image.png")))))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.param()).isEqualTo("input");
				assertThat(ex.code()).isEqualTo("invalid_value");
			});
	}

	@Test
	void invalidInputsAreRejectedBeforeAnyCall() {
		assertThatThrownBy(() -> ModerationInput.of(List.of())).isInstanceOf(OpenAIValidationException.class)
			.hasMessage("input must not be empty");
		assertThatThrownBy(() -> ModerationInput.ofParts()).hasMessage("input must not be empty");
		assertThatThrownBy(() -> ModerationInputPart.imageUrl(" ")).hasMessage("image_url.url must not be blank");
		assertThatThrownBy(() -> ModerationInputPart.text("")).hasMessage("text must not be blank");
		assertThatThrownBy(() -> ModerationRequest.of(" ", ModerationInput.of("hi")))
			.hasMessage("model must not be blank");
		assertThatThrownBy(() -> new ModerationRequest(null, null)).hasMessage("input is required");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
