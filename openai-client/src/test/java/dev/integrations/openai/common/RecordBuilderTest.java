package dev.integrations.openai.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What {@link RecordBuilder} does for every builder of the client, shown on a small request record.
 */
class RecordBuilderTest {

	@Test
	void setAddAndPutBuildTheRecordThroughItsCanonicalConstructor() {
		Sample sample = Sample.builder()
			.model("gpt-4o-mini")
			.temperature(0.5)
			.addTool("web_search")
			.addTool("file_search")
			.metadata("team", "search")
			.stream(true)
			.putExtra("top_k", 40)
			.build();

		assertThat(sample).isEqualTo(new Sample("gpt-4o-mini", 0.5, List.of("web_search", "file_search"),
				Map.of("team", "search"), true, Map.of("top_k", 40)));
		assertThat(OpenAIJson.mapper().writeValueAsString(sample)).isEqualTo("{\"model\":\"gpt-4o-mini\","
				+ "\"temperature\":0.5,\"tools\":[\"web_search\",\"file_search\"],\"metadata\":{\"team\":\"search\"},"
				+ "\"stream\":true,\"top_k\":40}");
	}

	@Test
	void componentsNotSetAreNullAndPrimitivesTheirZero() {
		Sample sample = Sample.builder().model("gpt-4o-mini").build();

		assertThat(sample.temperature()).isNull();
		assertThat(sample.tools()).isNull();
		assertThat(sample.stream()).isFalse();
		assertThat(sample.extra()).isEmpty();
	}

	@Test
	void toBuilderCopiesEveryComponentAndTheExtraProperties() {
		Sample original = Sample.builder().model("gpt-4o").addTool("web_search").putExtra("top_k", 40).build();

		Sample copy = original.toBuilder().addTool("file_search").build();

		assertThat(copy).isEqualTo(new Sample("gpt-4o", null, List.of("web_search", "file_search"), null, false,
				Map.of("top_k", 40)));
		assertThat(original.tools()).containsExactly("web_search");
	}

	@Test
	void reusingABuilderNeverChangesARecordAlreadyBuilt() {
		List<String> tools = new ArrayList<>(List.of("web_search"));
		Sample.Builder builder = Sample.builder().model("gpt-4o").tools(tools);
		Sample first = builder.build();

		tools.add("file_search");
		builder.addTool("code_interpreter").metadata("k", "v");

		assertThat(first.tools()).containsExactly("web_search");
		assertThat(first.metadata()).isNull();
		assertThat(builder.build().tools()).containsExactly("web_search", "code_interpreter");
	}

	@Test
	void theRecordsValidationReachesTheCallerUnwrapped() {
		assertThatExceptionOfType(OpenAIValidationException.class).isThrownBy(() -> Sample.builder().build())
			.withMessageContaining("model");
	}

	@Test
	void aComponentNameThatDoesNotExistFailsAtOnce() {
		assertThatIllegalStateException().isThrownBy(() -> Sample.builder().typo("x"))
			.withMessage("Sample has no component 'modle'");
	}

	@Test
	void aValueOfAnotherTypeFailsAtOnce() {
		assertThatIllegalStateException().isThrownBy(() -> Sample.builder().wrongType("hot"))
			.withMessage("Sample.temperature is a Double, not a String");
	}

	@Test
	void addAndPutRefuseComponentsThatAreNoListOrMap() {
		assertThatIllegalStateException().isThrownBy(() -> Sample.builder().addToModel("x"))
			.withMessage("Sample.model is not a list");
		assertThatIllegalStateException().isThrownBy(() -> Sample.builder().putIntoExtra("k", "v"))
			.withMessage("Sample.extra is not a map");
	}

	@Test
	void getReturnsWhatWasSet() {
		Sample.Builder builder = Sample.builder().model("gpt-4o");

		assertThat(builder.model()).isEqualTo("gpt-4o");
	}

	/** A request record with the shapes the builders meet: required, optional, list, map, primitive, extra. */
	record Sample(String model, @Nullable Double temperature, @Nullable List<String> tools,
			@Nullable Map<String, String> metadata, boolean stream,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

		Sample {
			extra = Extras.copy(extra);
			Validation.notBlank("model", model);
		}

		static Builder builder() {
			return new Builder(null);
		}

		Builder toBuilder() {
			return new Builder(this);
		}

		static final class Builder extends RecordBuilder<Sample, Builder> {

			private Builder(@Nullable Sample from) {
				super(Sample.class, from);
			}

			Builder model(String model) {
				return set("model", model);
			}

			@Nullable String model() {
				return get("model");
			}

			Builder temperature(double temperature) {
				return set("temperature", temperature);
			}

			Builder tools(List<String> tools) {
				return set("tools", tools);
			}

			Builder addTool(String tool) {
				return add("tools", tool);
			}

			Builder metadata(String key, String value) {
				return put("metadata", key, value);
			}

			Builder stream(boolean stream) {
				return set("stream", stream);
			}

			Builder typo(String model) {
				return set("modle", model);
			}

			Builder wrongType(String temperature) {
				return set("temperature", temperature);
			}

			Builder addToModel(String model) {
				return add("model", model);
			}

			Builder putIntoExtra(String key, String value) {
				return put("extra", key, value);
			}

		}

	}

}
