package dev.integrations.openai.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.UserJson;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonSchemasTest {

	/** The keywords strict mode accepts; anything else in a generated schema is a defect. */
	private static final Set<String> STRICT_KEYWORDS = Set.of("type", "properties", "required",
			"additionalProperties", "items", "enum", "const", "anyOf", "$ref", "$defs", "description");

	enum Unit {

		@JsonProperty("celsius")
		CELSIUS,

		@JsonProperty("fahrenheit")
		FAHRENHEIT

	}

	record Address(String street, String city) {
	}

	@JsonClassDescription("A person mentioned in the text")
	record Person(@JsonPropertyDescription("The given name") String firstName,
			@JsonProperty("family_name") String lastName, int age, Optional<String> nickname,
			@Nullable Integer height, List<String> languages, Address home, @Nullable Address work,
			List<Address> previous, Unit unit) {
	}

	record TreeNode(String label, List<TreeNode> children) {
	}

	record Inventory(Map<String, Integer> counts) {
	}

	record Empty() {
	}

	@Test
	void aRecordBecomesAStrictSchemaWithNamesDescriptionsNullablesEnumsListsAndReusedDefinitions() {
		Map<String, Object> schema = JsonSchemas.of(Person.class);

		assertThat(schema).isEqualTo(json("""
				{
				  "$defs": {
				    "Address": {
				      "type": "object",
				      "properties": {"street": {"type": "string"}, "city": {"type": "string"}},
				      "required": ["street", "city"],
				      "additionalProperties": false
				    }
				  },
				  "type": "object",
				  "description": "A person mentioned in the text",
				  "properties": {
				    "firstName": {"type": "string", "description": "The given name"},
				    "family_name": {"type": "string"},
				    "age": {"type": "integer"},
				    "nickname": {"type": ["string", "null"]},
				    "height": {"type": ["integer", "null"]},
				    "languages": {"type": "array", "items": {"type": "string"}},
				    "home": {"$ref": "#/$defs/Address"},
				    "work": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/Address"}]},
				    "previous": {"type": "array", "items": {"$ref": "#/$defs/Address"}},
				    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}
				  },
				  "required": ["firstName", "family_name", "age", "nickname", "height", "languages", "home", "work",
				    "previous", "unit"],
				  "additionalProperties": false
				}
				"""));
		assertThat(List.<Object>copyOf(((Map<?, ?>) schema.get("properties")).keySet())).as("declaration order, the model's order")
			.containsExactly((Object) "firstName", "family_name", "age", "nickname", "height", "languages", "home", "work",
					"previous", "unit");
		assertOnlyStrictKeywords(schema);
	}

	@Test
	void aNestedTypeUsedOnceIsInlinedAndClosed() {
		record Trip(String name, Address destination) {
		}

		assertThat(JsonSchemas.of(Trip.class)).isEqualTo(json("""
				{
				  "type": "object",
				  "properties": {
				    "name": {"type": "string"},
				    "destination": {
				      "type": "object",
				      "properties": {"street": {"type": "string"}, "city": {"type": "string"}},
				      "required": ["street", "city"],
				      "additionalProperties": false
				    }
				  },
				  "required": ["name", "destination"],
				  "additionalProperties": false
				}
				"""));
	}

	@Test
	void aTypesOwnNamingStrategyNamesTheSchemaAndTheReadingAlike() {
		@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
		record Snake(String firstName, int shoeSize) {
		}

		assertThat(JsonSchemas.of(Snake.class)).isEqualTo(json("""
				{
				  "type": "object",
				  "properties": {"first_name": {"type": "string"}, "shoe_size": {"type": "integer"}},
				  "required": ["first_name", "shoe_size"],
				  "additionalProperties": false
				}
				"""));
		assertThat(UserJson.read("{\"first_name\": \"Ada\", \"shoe_size\": 38}", Snake.class, null, null))
			.isEqualTo(new Snake("Ada", 38));
	}

	@Test
	void aRecursiveTypeRefersToTheRoot() {
		assertThat(JsonSchemas.of(TreeNode.class)).isEqualTo(json("""
				{
				  "type": "object",
				  "properties": {
				    "label": {"type": "string"},
				    "children": {"type": "array", "items": {"$ref": "#"}}
				  },
				  "required": ["label", "children"],
				  "additionalProperties": false
				}
				"""));
	}

	@Test
	void aRecordWithoutComponentsIsAClosedEmptyObject() {
		assertThat(JsonSchemas.of(Empty.class)).isEqualTo(json("""
				{"type": "object", "properties": {}, "required": [], "additionalProperties": false}
				"""));
	}

	@Test
	void aMapIsRefusedBecauseStrictModeCannotDescribeFreeFormKeys() {
		assertThatThrownBy(() -> JsonSchemas.of(Inventory.class)).isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("map")
			.hasMessageContaining("java.util.Map<java.lang.String,java.lang.Integer>");
	}

	@Test
	void aTypeWithoutPropertiesIsRefusedAsTheRootOfASchema() {
		assertThatThrownBy(() -> JsonSchemas.of(String.class)).isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("java.lang.String is not a record or class with properties");
		assertThatThrownBy(() -> JsonSchemas.of(Unit.class)).isInstanceOf(OpenAIValidationException.class);
		assertThatThrownBy(() -> JsonSchemas.of(List.class)).isInstanceOf(OpenAIValidationException.class);
	}

	@Test
	void theNameIsTheSimpleNameReducedToTheAllowedCharacters() {
		record Ünïcode_Name() {
		}

		assertThat(JsonSchemas.nameOf(Person.class)).isEqualTo("Person");
		assertThat(JsonSchemas.nameOf(Ünïcode_Name.class)).isEqualTo("_n_code_Name");
		assertThat(JsonSchemas.nameOf(new Object() { }.getClass())).isEqualTo("output");
	}

	@Test
	void theSchemaIsCachedAndCannotBeModified() {
		Map<String, Object> first = JsonSchemas.of(Person.class);

		assertThat(JsonSchemas.of(Person.class)).isSameAs(first);
		assertThatThrownBy(() -> first.put("type", "array")).isInstanceOf(UnsupportedOperationException.class);
		Map<?, ?> properties = (Map<?, ?>) first.get("properties");
		assertThatThrownBy(properties::clear).isInstanceOf(UnsupportedOperationException.class);
		List<?> required = (List<?>) first.get("required");
		assertThatThrownBy(required::clear).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void manyThreadsAskingForTheSameTypesAtOnceAllGetTheOneCachedSchema() throws Exception {
		record Racing1(String a) {
		}
		record Racing2(int b, List<Address> c) {
		}
		record Racing3(Optional<Unit> d) {
		}
		List<Class<?>> types = List.of(Racing1.class, Racing2.class, Racing3.class);
		int threads = 48;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		Map<Class<?>, Set<Object>> seen = new ConcurrentHashMap<>();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Class<?> type = types.get(i % types.size());
				futures.add(pool.submit(() -> {
					start.await();
					seen.computeIfAbsent(type, (key) -> ConcurrentHashMap.newKeySet())
						.add(System.identityHashCode(JsonSchemas.of(type)));
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(seen).hasSize(3);
		seen.forEach((type, identities) -> assertThat(identities).as(type.getSimpleName()).hasSize(1));
		assertThat(JsonSchemas.of(Racing3.class)).isEqualTo(json("""
				{
				  "type": "object",
				  "properties": {"d": {"anyOf": [{"type": "null"}, {"type": "string", "enum": ["celsius", "fahrenheit"]}]}},
				  "required": ["d"],
				  "additionalProperties": false
				}
				"""));
	}

	private static Map<String, Object> json(String text) {
		return UserJson.mapper().readValue(text, new TypeReference<Map<String, Object>>() {
		});
	}

	private static void assertOnlyStrictKeywords(Map<?, ?> schema) {
		schema.forEach((key, value) -> {
			assertThat(STRICT_KEYWORDS).as("keyword").contains((String) key);
			if ((key.equals("properties") || key.equals("$defs")) && value instanceof Map<?, ?> named) {
				named.values().forEach((child) -> assertOnlyStrictKeywords((Map<?, ?>) child));
			}
			else if (value instanceof Map<?, ?> child) {
				assertOnlyStrictKeywords(child);
			}
			else if (key.equals("anyOf")) {
				((List<?>) value).forEach((child) -> assertOnlyStrictKeywords((Map<?, ?>) child));
			}
		});
	}

}
