package dev.integrations.openai.transport;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.core.NativeDetector;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The JSON conventions of the OpenAI wire format: snake_case names (Java records keep camelCase components), nulls
 * omitted from requests, unknown response fields ignored (records with an {@code extra} component keep them there),
 * the client's enum constants named by their lower-cased name ({@code IN_PROGRESS} is {@code in_progress};
 * {@code @JsonProperty} only where a value is not), and unknown enum values read as the enum's
 * {@code @JsonEnumDefaultValue} constant so that a value OpenAI adds later never breaks parsing. Records are created
 * by calling their constructors directly (no per-call method-handle spreading), the fast path for the wire types.
 * Jackson's Blackbird module (accessors as generated lambdas) is left out in a native image, which cannot define
 * classes at run time; there the mapper uses the reflection that {@code internal.ClientRuntimeHints} registers.
 */
public final class OpenAIJson {

	private static final JsonMapper MAPPER = builder().build();

	private OpenAIJson() {
	}

	/**
	 * The shared, thread-safe mapper.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * A builder preset with the wire conventions, to derive a customized mapper from.
	 * @return a new builder
	 */
	public static JsonMapper.Builder builder() {
		return builder(NativeDetector.inNativeImage());
	}

	/**
	 * The preset for the JVM or for a native image.
	 * @param nativeImage whether the mapper runs in a native image (no Blackbird there)
	 * @return a new builder
	 */
	static JsonMapper.Builder builder(boolean nativeImage) {
		JsonMapper.Builder builder = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
				.withContentInclusion(JsonInclude.Include.NON_NULL))
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.annotationIntrospector(new WireEnumNaming())
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
		if (!nativeImage) {
			builder.addModule(new BlackbirdModule());
		}
		return builder.addModule(DirectCreatorInstantiators.module());
	}

}
