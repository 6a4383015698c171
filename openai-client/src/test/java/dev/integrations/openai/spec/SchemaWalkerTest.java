package dev.integrations.openai.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.integrations.openai.spec.SchemaWalker.Direction;
import dev.integrations.openai.spec.SchemaWalker.Finding;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The walker on small schemas of the vendored spec's own shapes, with Java types that drift on purpose: proves that
 * {@link SpecConformanceTest} fails on each kind of drift rather than passing whatever it is given.
 */
class SchemaWalkerTest {

	private static final SpecDocument SPEC = SpecDocument.of(Map.of("components", Map.of("schemas",
			Map.of("DeletedThing", Map.of("type", "object", "properties", Map.of("id", Map.of("type", "string"),
					"deleted", Map.of("type", "boolean"), "object", Map.of("type", "string")))))));

	@Test
	void missingInventedAndMistypedPropertiesAreEachReportedWithTheirPath() {
		Map<String, Object> schema = Map.of("type", "object", "required", List.of("model"), "properties",
				Map.of("model", Map.of("type", "string"), "temperature", Map.of("type", "number"), "n",
						Map.of("type", "integer"), "user", Map.of("type", "string")));

		List<Finding> findings = walk(Direction.REQUEST, schema, Drifted.class);

		assertThat(findings).extracting(Finding::key, Finding::problem)
			.containsExactlyInAnyOrder(tuple("op.model",
					"required in the spec but @Nullable in Drifted"),
					tuple("op.temperature", "type: spec number, Java Integer"),
					tuple("op.user", "missing in Drifted"),
					tuple("op.top_k", "Java property of Drifted not in the spec"));
		assertThat(findings.get(0).toString()).startsWith("op → request.");
	}

	@Test
	void enumValuesAndDiscriminatorValuesWithoutJavaMembersAreReported() {
		Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("detail",
				Map.of("type", "string", "enum", List.of("low", "high", "auto")), "shape",
				Map.of("oneOf", List.of(tagged("circle", "radius"), tagged("square", "side")))));

		List<Finding> findings = walk(Direction.RESPONSE, schema, Drawing.class);

		assertThat(findings).extracting(Finding::problem)
			.containsExactlyInAnyOrder("enum values missing in Detail: [auto]",
					"discriminator value has no member in Shape");
		assertThat(findings).extracting(Finding::key).contains("op.shape[square]");
	}

	@Test
	void aSchemaOfTheSpecReachedThroughRefIsComparedUnderItsOwnName() {
		Map<String, Object> schema = Map.of("$ref", "#/components/schemas/DeletedThing");

		List<Finding> findings = walk(Direction.RESPONSE, schema, Drifted.class);

		assertThat(findings).extracting(Finding::key)
			.contains("DeletedThing.id", "DeletedThing.deleted", "DeletedThing.model")
			.allSatisfy((key) -> assertThat(key).startsWith("DeletedThing."));
		assertThat(findings.get(0).path()).startsWith("response > DeletedThing.");
	}

	@Test
	void unixTimeNumbersMayBeLongsAndTheExtraMapIsNoWireProperty() {
		Map<String, Object> schema = Map.of("type", "object", "properties",
				Map.of("created_at", Map.of("type", "number", "format", "unixtime"), "expires_at",
						Map.of("type", "number")));

		List<Finding> findings = walk(Direction.RESPONSE, schema, Stamped.class);

		assertThat(findings).extracting(Finding::key, Finding::problem)
			.containsExactly(tuple("op.expires_at", "type: spec number, Java long"));
	}

	private static List<Finding> walk(Direction direction, Map<String, Object> schema, Class<?> type) {
		JavaWireModel java = new JavaWireModel();
		SchemaWalker walker = new SchemaWalker(SPEC, java);
		walker.compare("op", direction, schema, java.type(type));
		return walker.findings();
	}

	private static Map<String, Object> tagged(String type, String property) {
		return Map.of("type", "object", "properties",
				Map.of("type", Map.of("type", "string", "enum", List.of(type)), property, Map.of("type", "number")));
	}

	record Drifted(@Nullable String model, @Nullable Integer temperature, @Nullable Integer n,
			@Nullable Integer topK) {
	}

	record Stamped(long createdAt, long expiresAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
	}

	record Drawing(@Nullable Detail detail, @Nullable Shape shape) {
	}

	enum Detail {

		@JsonProperty("low")
		LOW, @JsonProperty("high")
		HIGH

	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
	@JsonSubTypes(@JsonSubTypes.Type(value = Circle.class, name = "circle"))
	sealed interface Shape permits Circle {

	}

	record Circle(double radius) implements Shape {
	}

}
