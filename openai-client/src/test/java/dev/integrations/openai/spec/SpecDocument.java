package dev.integrations.openai.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The vendored OpenAPI document ({@code src/test/resources/openapi/openapi.yaml}) as plain maps and lists: its
 * operations and the {@code $ref} lookup of its component schemas.
 */
final class SpecDocument {

	private static final String RESOURCE = "/openapi/openapi.yaml";

	private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

	private final Map<String, Object> root;

	private SpecDocument(Map<String, Object> root) {
		this.root = root;
	}

	/**
	 * Parses the vendored spec from the test class path.
	 * @return the document
	 */
	static SpecDocument load() {
		return Loaded.DOCUMENT;
	}

	/** Parses the spec once per JVM, when first asked for (the parse takes seconds). */
	private static final class Loaded {

		static final SpecDocument DOCUMENT = parse();

	}

	private static SpecDocument parse() {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(64 * 1024 * 1024);
		try (InputStream in = SpecDocument.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the test class path");
			}
			return new SpecDocument(new Yaml(options).load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every value of every {@code enum} and {@code const} anywhere in the document, as strings.
	 * @return the values
	 */
	java.util.Set<String> allEnumValues() {
		java.util.Set<String> values = new java.util.HashSet<>();
		collectEnumValues(this.root, values);
		return values;
	}

	private static void collectEnumValues(@Nullable Object node, java.util.Set<String> values) {
		if (node instanceof Map<?, ?> m) {
			list(m.get("enum")).forEach((value) -> values.add(String.valueOf(value)));
			if (m.get("const") != null) {
				values.add(String.valueOf(m.get("const")));
			}
			m.values().forEach((child) -> collectEnumValues(child, values));
		}
		else if (node instanceof List<?> l) {
			l.forEach((child) -> collectEnumValues(child, values));
		}
	}

	/**
	 * A document from maps already in memory, for tests of the walker.
	 * @param root the document's root object
	 * @return the document
	 */
	static SpecDocument of(Map<String, Object> root) {
		return new SpecDocument(root);
	}

	/**
	 * Every operation of the spec, in document order.
	 * @return the operations
	 */
	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		map(this.root.get("paths")).forEach((path, item) -> {
			for (String method : METHODS) {
				Map<String, Object> op = map(map(item).get(method));
				if (!op.isEmpty()) {
					operations.add(new Operation(method.toUpperCase(), path, op));
				}
			}
		});
		return operations;
	}

	/**
	 * Follows a {@code $ref} (repeatedly) to the schema it names.
	 * @param schema a schema, possibly a reference
	 * @return the referenced schema, or the schema itself
	 */
	Map<String, Object> resolve(Map<String, Object> schema) {
		Map<String, Object> current = schema;
		while (current.get("$ref") instanceof String ref) {
			current = map(map(map(this.root.get("components")).get("schemas")).get(refName(ref)));
		}
		return current;
	}

	/**
	 * The component name of a {@code $ref}, such as {@code CreateResponse}.
	 * @param ref the reference
	 * @return the last segment
	 */
	static String refName(String ref) {
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(@Nullable Object value) {
		return (value instanceof Map<?, ?> m) ? (Map<String, Object>) m : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(@Nullable Object value) {
		return (value instanceof List<?> l) ? (List<Object>) l : List.of();
	}

	/**
	 * One operation of the spec.
	 * @param method the HTTP method, upper case
	 * @param path the path as written in the spec (a few carry a {@code ?beta=true} suffix)
	 * @param body the operation object
	 */
	record Operation(String method, String path, Map<String, Object> body) {

		/** @return the {@code operationId} */
		String id() {
			return String.valueOf(this.body.get("operationId"));
		}

		/** @return the first tag, or the {@code x-oaiMeta} group for untagged operations */
		String tag() {
			List<Object> tags = list(this.body.get("tags"));
			return tags.isEmpty() ? "(untagged: " + map(this.body.get("x-oaiMeta")).get("group") + ")"
					: String.valueOf(tags.get(0));
		}

		/** @return {@code METHOD /path}, the key of the implemented-operations table */
		String key() {
			return this.method + " " + this.path;
		}

		/**
		 * The request body schema for a content type.
		 * @param contentType such as {@code application/json}
		 * @return the schema, empty when the operation has no such body
		 */
		Map<String, Object> requestSchema(String contentType) {
			return map(map(map(map(this.body.get("requestBody")).get("content")).get(contentType)).get("schema"));
		}

		/**
		 * The schema of the 200 response for a content type.
		 * @param contentType such as {@code application/json} or {@code text/event-stream}
		 * @return the schema, empty when the operation has no such response
		 */
		Map<String, Object> responseSchema(String contentType) {
			Map<String, Object> ok = map(map(this.body.get("responses")).get("200"));
			return map(map(map(ok.get("content")).get(contentType)).get("schema"));
		}

	}

}
