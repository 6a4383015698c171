package dev.integrations.openai.transport;

import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.FinishReason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapper preset on the JVM and in a native image: Blackbird only where classes can be defined at run time, the
 * same wire conventions in both.
 */
class OpenAIJsonPresetTest {

	private static final String CHUNK = """
			{"id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", "object": "chat.completion.chunk", "created": 1741570283,
			 "model": "gpt-4o-2024-08-06", "system_fingerprint": "fp_fc9f1d7035", "obfuscation": "x2Kd", "provider": "azure",
			 "choices": [{"index": 0, "delta": {"content": "Hello"}, "logprobs": null, "finish_reason": "stop"}]}
			""";

	@Test
	void jvmPresetUsesBlackbirdAndNativePresetDoesNot() {
		assertThat(OpenAIJson.builder(false).build().registeredModules()).map(JacksonModule::getClass)
			.contains(BlackbirdModule.class);
		assertThat(OpenAIJson.builder(true).build().registeredModules()).map(JacksonModule::getClass)
			.isNotEmpty()
			.doesNotContain(BlackbirdModule.class);
	}

	@Test
	void nativePresetReadsAndWritesTheWireFormatLikeTheJvmOne() {
		JsonMapper jvm = OpenAIJson.builder(false).build();
		JsonMapper nativeImage = OpenAIJson.builder(true).build();

		ChatCompletionChunk chunk = nativeImage.readValue(CHUNK, ChatCompletionChunk.class);

		assertThat(chunk).isEqualTo(jvm.readValue(CHUNK, ChatCompletionChunk.class));
		assertThat(chunk.text()).isEqualTo("Hello");
		assertThat(chunk.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
		assertThat(chunk.obfuscation()).isEqualTo("x2Kd");
		assertThat(chunk.extra()).containsEntry("provider", "azure");
		assertThat(nativeImage.writeValueAsString(chunk)).isEqualTo(jvm.writeValueAsString(chunk))
			.contains("\"system_fingerprint\":\"fp_fc9f1d7035\"", "\"provider\":\"azure\"");
	}

}
