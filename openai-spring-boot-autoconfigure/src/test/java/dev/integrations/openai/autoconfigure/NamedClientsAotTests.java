package dev.integrations.openai.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring AOT on a context with named clients: the bean definitions of the clients, their services and the registry
 * are written as code (an instance supplier would make {@code processAheadOfTime} fail).
 */
class NamedClientsAotTests {

	@Test
	void namedClientsAreWrittenAsFactoryMethodCallsWithTheirNames() {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		TestPropertyValues.of("openai.api-key=sk-test-top-level", "openai.clients.tenant-a.api-key=sk-test-tenant-a",
				"openai.clients.local.provider=compatible", "openai.clients.local.base-url=http://127.0.0.1:8000/v1")
			.applyTo(context);
		context.register(OpenAIAutoConfiguration.class);
		InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
		DefaultGenerationContext generation = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(NamedClientsAotTests.class)), files);

		new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
		generation.writeGeneratedContent();

		String code = String.join("\n", sources(files));
		assertThat(code).contains(
				"forFactoryMethod(NamedOpenAIClientFactory.class, \"create\", String.class)",
				"forFactoryMethod(NamedOpenAIClientFactory.class, \"service\", String.class, Class.class)",
				"forFactoryMethod(NamedOpenAIClientFactory.class, \"clients\", List.class)",
				"addIndexedArgumentValue(0, \"tenant-a\")", "addIndexedArgumentValue(0, \"local\")",
				"addIndexedArgumentValue(1, ChatCompletionService.class)",
				"addIndexedArgumentValue(0, List.of(\"tenant-a\", \"local\"))",
				"new AutowireCandidateQualifier(\"org.springframework.beans.factory.annotation.Qualifier\", \"local\")",
				"setDefaultCandidate(false)");
	}

	private static List<String> sources(InMemoryGeneratedFiles files) {
		List<String> sources = new ArrayList<>();
		files.getGeneratedFiles(Kind.SOURCE).values().forEach((source) -> {
			try {
				sources.add(new String(source.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return sources;
	}

}
