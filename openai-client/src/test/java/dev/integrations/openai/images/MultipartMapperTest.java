package dev.integrations.openai.images;

import java.util.Locale;
import java.util.Map;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.integrations.openai.images.ImageGenerationTest.GPT_IMAGE_RESPONSE;
import static dev.integrations.openai.images.ImageGenerationTest.PNG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text fields of a multipart form are written with the mapper the client was built with, not a static one: an
 * application's serializers apply to the enum values (and maps holding them) it sends as extra form fields.
 */
class MultipartMapperTest extends WireMockSupport {

	/** An application's own enum, whose wire form only the application's mapper knows. */
	enum Tier {

		PREMIUM_PLUS

	}

	private static JsonMapper applicationMapper() {
		SimpleModule module = new SimpleModule("tiers").addSerializer(Tier.class, new ValueSerializer<Tier>() {
			@Override
			public void serialize(Tier value, JsonGenerator generator, SerializationContext context) {
				generator.writeString(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
			}
		});
		return OpenAIJson.builder().addModule(module).build();
	}

	@Test
	void enumAndMapFieldsAreWrittenWithTheClientsConfiguredMapper() {
		this.client.close();
		this.client = OpenAIClient.builder().config(configBuilder().build()).jsonMapper(applicationMapper()).build();
		this.server.stubFor(post("/v1/images/edits").willReturn(okJson(GPT_IMAGE_RESPONSE)));

		ImagesResponse response = this.client.images()
			.edit(ImageEditRequest.builder()
				.image(FileContent.of(PNG, "otter.png"))
				.prompt("A cute baby sea otter wearing a beret")
				.model("gpt-image-1")
				.quality(ImageQuality.HIGH)
				.putExtra("tier", Tier.PREMIUM_PLUS)
				.putExtra("routing", Map.of("tier", Tier.PREMIUM_PLUS))
				.build());

		assertThat(response.data().get(0).bytes()).isEqualTo(PNG);
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("image", "prompt", "model", "quality", "tier", "routing");
		assertThat(form.texts("quality")).containsExactly("high");
		assertThat(form.texts("tier")).containsExactly("premium-plus");
		assertThat(form.texts("routing")).containsExactly("{\"tier\":\"premium-plus\"}");
	}

}
