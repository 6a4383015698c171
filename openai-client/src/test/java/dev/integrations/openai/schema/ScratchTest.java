package dev.integrations.openai.schema;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ScratchTest {

	enum Mood { @JsonProperty("happy") HAPPY, SAD }

	record Address(String street, String city) {}

	@JsonClassDescription("A person")
	record Person(@JsonPropertyDescription("Given name") String firstName, @JsonProperty("family_name") String lastName, int age,
			Optional<String> nickname, @Nullable Mood mood, List<String> tags, Address home, @Nullable Address work, List<Address> past, Mood mood2) {}

	record Node(String name, List<Node> children, @JsonPropertyDescription("Where") Address at, @Nullable Integer n) {}

	@Test
	void print2() {
		System.out.println(OpenAIJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(JsonSchemas.of(Node.class)));
	}

	@Test
	void print() {
		System.out.println(OpenAIJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(JsonSchemas.of(Person.class)));
	}
}
