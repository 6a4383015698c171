package dev.integrations.openai.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.spec.SchemaWalker.Direction;
import dev.integrations.openai.spec.SchemaWalker.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;

/**
 * Holds every implemented operation's Java request, response and event types against the vendored OpenAPI spec
 * ({@code src/test/resources/openapi/openapi.yaml}). A failure lists every mismatch at once as
 * {@code operation → schema path → problem}: fix the wire type (from the spec) or add a reasoned entry to
 * {@link SpecAllowList}. See {@code CONTRIBUTING.md}, "Updating the OpenAPI spec".
 */
class SpecConformanceTest {

	private static SpecDocument spec;

	private static Map<String, SpecDocument.Operation> operations;

	private static JavaWireModel java;

	private static ImplementedOperations table;

	@BeforeAll
	static void loadSpec() {
		long start = System.nanoTime();
		spec = SpecDocument.load();
		operations = new LinkedHashMap<>();
		spec.operations().forEach((operation) -> operations.putIfAbsent(operation.id(), operation));
		java = new JavaWireModel();
		table = new ImplementedOperations(java);
		System.out.printf("spec: %d operations parsed in %d ms%n", operations.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	@Test
	void everyTableEntryNamesAnOperationOfTheSpecOnce() {
		List<String> ids = table.entries().stream().map(ImplementedOperations.Entry::operationId).toList();
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(ids).allSatisfy((id) -> assertThat(operations).containsKey(id));
	}

	@Test
	void everyOperationTheServicesCallIsInTheTable() {
		List<SpecDocument.Operation> tabled = table.entries()
			.stream()
			.map((entry) -> operations.get(entry.operationId()))
			.toList();
		List<ServiceRoutes.Route> routes = ServiceRoutes.read(Path.of("src", "main", "java"));
		assertThat(routes).as("ApiRequest calls found in the services").hasSizeGreaterThan(50);
		List<String> missing = routes.stream()
			.filter((route) -> tabled.stream().noneMatch((op) -> route.matches(op.method(), op.path())))
			.map(ServiceRoutes.Route::source)
			.toList();
		assertThat(missing).as("routes the services call that the operations table misses (add a row)").isEmpty();
	}

	@Test
	void wireTypesAgreeWithTheSpec() {
		SchemaWalker walker = new SchemaWalker(spec, java);
		for (ImplementedOperations.Entry entry : table.entries()) {
			SpecDocument.Operation operation = operations.get(entry.operationId());
			if (entry.request() != null) {
				walker.compare(entry.operationId(), Direction.REQUEST,
						operation.requestSchema(entry.requestContentType()), entry.request());
				requiredPropertiesAreEnforced(walker, entry, operation);
			}
			if (entry.response() != null) {
				walker.compare(entry.operationId(), Direction.RESPONSE, operation.responseSchema("application/json"),
						entry.response());
			}
			if (entry.event() != null) {
				walker.compare(entry.operationId(), Direction.RESPONSE, operation.responseSchema("text/event-stream"),
						entry.event());
			}
		}
		for (ImplementedOperations.SchemaEntry entry : table.schemas()) {
			walker.compare(entry.schema(), entry.direction(), Map.of("$ref", "#/components/schemas/" + entry.schema()),
					entry.type());
		}
		writeReport(walker.findings());
		SpecAllowList allowList = new SpecAllowList();
		List<Finding> open = walker.findings().stream().filter((finding) -> !allowList.covers(finding)).toList();
		System.out.printf("spec conformance: %d findings, %d allow-listed, %d open%n", walker.findings().size(),
				walker.findings().size() - open.size(), open.size());
		assertThat(open).as("wire types that disagree with the spec (fix them or allow-list them with a reason)")
			.isEmpty();
		assertThat(allowList.unused()).as("allow-list entries that no longer match a finding (remove them)").isEmpty();
	}

	@Test
	void operationsNotImplementedYetAreReportedByTag() {
		Map<String, List<String>> missing = new TreeMap<>();
		List<String> implemented = table.entries().stream().map(ImplementedOperations.Entry::operationId).toList();
		operations.values()
			.stream()
			.filter((operation) -> !implemented.contains(operation.id()))
			.forEach((operation) -> missing.computeIfAbsent(operation.tag(), (tag) -> new ArrayList<>())
				.add(operation.key()));
		StringBuilder report = new StringBuilder();
		report.append(String.format("spec operations %d, implemented %d, not implemented %d%n", operations.size(),
				implemented.size(), operations.size() - implemented.size()));
		missing.forEach((tag, keys) -> report.append(String.format("  %-40s %3d  %s%n", tag, keys.size(),
				keys.stream().collect(Collectors.joining("; ")))));
		System.out.print(report);
		assertThat(implemented.size() + missing.values().stream().mapToInt(List::size).sum())
			.isEqualTo(operations.size());
	}

	/**
	 * A request record whose schema requires properties must refuse to be built without them: its canonical
	 * constructor, called with nothing set, throws {@link OpenAIValidationException}.
	 */
	private static void requiredPropertiesAreEnforced(SchemaWalker walker, ImplementedOperations.Entry entry,
			SpecDocument.Operation operation) {
		Map<String, Object> schema = spec.resolve(operation.requestSchema(entry.requestContentType()));
		JavaType type = entry.request();
		Class<?> raw = type.getRawClass();
		if (SpecDocument.list(schema.get("required")).isEmpty() || !raw.isRecord()) {
			return;
		}
		RecordComponent[] components = raw.getRecordComponents();
		Class<?>[] parameterTypes = new Class<?>[components.length];
		Object[] arguments = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			parameterTypes[i] = components[i].getType();
			arguments[i] = defaultValue(parameterTypes[i]);
		}
		String problem;
		try {
			Constructor<?> constructor = raw.getDeclaredConstructor(parameterTypes);
			constructor.setAccessible(true);
			constructor.newInstance(arguments);
			problem = "required " + SpecDocument.list(schema.get("required")) + " not enforced: "
					+ raw.getSimpleName() + " builds with nothing set";
		}
		catch (InvocationTargetException ex) {
			problem = (ex.getCause() instanceof OpenAIValidationException) ? null
					: "building " + raw.getSimpleName() + " with nothing set throws "
							+ ex.getCause().getClass().getSimpleName() + ", not OpenAIValidationException";
		}
		catch (ReflectiveOperationException ex) {
			problem = "cannot call the canonical constructor of " + raw.getSimpleName() + ": " + ex;
		}
		if (problem != null) {
			walker.report(new Finding(entry.operationId(), "request", entry.operationId() + ".required", problem));
		}
	}

	/** Writes every finding, allow-listed or not, to {@code target/spec-conformance.txt} for reading. */
	private static void writeReport(List<Finding> findings) {
		try {
			Files.write(Path.of("target", "spec-conformance.txt"),
					findings.stream().map(Finding::toString).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Object defaultValue(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		if (type == boolean.class) {
			return false;
		}
		if (type == char.class) {
			return '\0';
		}
		return (type == double.class || type == float.class) ? (Object) 0.0 : 0;
	}

}
