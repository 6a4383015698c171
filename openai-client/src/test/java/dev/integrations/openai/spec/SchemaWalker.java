package dev.integrations.openai.spec;

import static dev.integrations.openai.spec.SpecDocument.list;
import static dev.integrations.openai.spec.SpecDocument.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.integrations.openai.spec.JavaWireModel.Kind;
import dev.integrations.openai.spec.JavaWireModel.Property;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;

/**
 * Walks a spec schema and a Java type side by side (through {@code $ref}, {@code allOf}, {@code oneOf}/{@code anyOf}
 * with their discriminators, arrays and {@code additionalProperties} maps) and records every disagreement as a
 * {@link Finding}. Each pair of named schema and Java type is compared once, so a schema shared by many operations is
 * reported under the first operation that reaches it.
 */
final class SchemaWalker {

	/** Which way a type crosses the wire; required properties are enforced on requests only. */
	enum Direction {

		REQUEST, RESPONSE

	}

	/**
	 * One disagreement between the spec and the Java types.
	 * @param operation the operationId that reached it first
	 * @param path the way from the operation's schema to the disagreement, for reading
	 * @param key the allow-list key: the nearest named schema and the property chain after it, such as
	 * {@code CreateResponse.prompt_cache_key}
	 * @param problem what disagrees
	 */
	record Finding(String operation, String path, String key, String problem) {

		@Override
		public String toString() {
			return this.operation + " → " + this.path + " → " + this.problem + "   [" + this.key + "]";
		}

	}

	private record Context(String operation, Direction direction, String path, String key,
			@Nullable String discriminator) {

		Context property(String name) {
			return new Context(this.operation, this.direction, this.path + "." + name, this.key + "." + name, null);
		}

		Context ref(String name) {
			return new Context(this.operation, this.direction, this.path + " > " + name, name, this.discriminator);
		}

		Context branch(String label, @Nullable String discriminator) {
			return new Context(this.operation, this.direction, this.path + "[" + label + "]",
					this.key + "[" + label + "]", discriminator);
		}

	}

	private final SpecSchemas schemas;

	private final JavaWireModel java;

	private final List<Finding> findings = new ArrayList<>();

	private final Set<String> visited = new HashSet<>();

	SchemaWalker(SpecDocument spec, JavaWireModel java) {
		this.schemas = new SpecSchemas(spec);
		this.java = java;
	}

	/**
	 * Compares one schema of an operation with its Java type.
	 * @param operation the operationId
	 * @param direction request or response
	 * @param schema the spec schema
	 * @param type the Java type
	 */
	void compare(String operation, Direction direction, Map<String, Object> schema, JavaType type) {
		walk(new Context(operation, direction, direction.name().toLowerCase(), operation, null), schema, type);
	}

	/**
	 * Records a finding found outside the walk (such as an unenforced required property).
	 * @param finding the finding
	 */
	void report(Finding finding) {
		this.findings.add(finding);
	}

	/** @return every finding so far, in the order found */
	List<Finding> findings() {
		return this.findings;
	}

	private void walk(Context context, Map<String, Object> schema, JavaType type) {
		Context ctx = context;
		Map<String, Object> current = schema;
		if (current.get("$ref") instanceof String ref) {
			String name = SpecDocument.refName(ref);
			if (!this.visited.add(ctx.direction + " " + name + " " + type.toCanonical() + " " + ctx.discriminator)) {
				return;
			}
			ctx = ctx.ref(name);
			current = this.schemas.resolve(current);
		}
		current = this.schemas.flatten(current);
		List<Map<String, Object>> branches = this.schemas.branches(current);
		Kind javaKind = this.java.kind(type);
		if (javaKind == Kind.ANY) {
			return;
		}
		if (branches.size() == 1) {
			walk(ctx, branches.get(0), type);
		}
		else if (branches.size() > 1) {
			union(ctx, current, branches, type, javaKind);
		}
		else {
			single(ctx, current, type, javaKind);
		}
	}

	private void single(Context ctx, Map<String, Object> schema, JavaType type, Kind javaKind) {
		String kind = SpecSchemas.kind(schema);
		if (kind == null || javaKind == Kind.UNION && !"object".equals(kind)) {
			return;
		}
		if (javaKind == Kind.UNION && !map(schema.get("properties")).isEmpty()) {
			union(ctx, schema, List.of(schema), type, javaKind);
			return;
		}
		switch (kind) {
			case "string" -> {
				if ("binary".equals(schema.get("format"))) {
					expect(ctx, javaKind == Kind.FILE, "binary", type);
				}
				else if (javaKind == Kind.ENUM) {
					enumValues(ctx, schema, type);
				}
				else {
					expect(ctx, javaKind == Kind.STRING, kind, type);
				}
			}
			case "integer" -> expect(ctx, javaKind == Kind.INTEGER, kind, type);
			case "number" -> expect(ctx, javaKind == Kind.NUMBER
					|| javaKind == Kind.INTEGER && "unixtime".equals(schema.get("format")), kind, type);
			case "boolean" -> expect(ctx, javaKind == Kind.BOOLEAN, kind, type);
			case "array" -> {
				if (expect(ctx, javaKind == Kind.ARRAY, kind, type)) {
					walk(ctx.property("[]"), map(schema.get("items")), this.java.contentType(type));
				}
			}
			case "object" -> object(ctx, schema, type, javaKind);
			default -> {
			}
		}
	}

	private void object(Context ctx, Map<String, Object> schema, JavaType type, Kind javaKind) {
		Map<String, Object> properties = map(schema.get("properties"));
		if (javaKind == Kind.MAP) {
			if (schema.get("additionalProperties") instanceof Map<?, ?> values && properties.isEmpty()) {
				walk(ctx.property("*"), map(values), this.java.contentType(type));
			}
			return;
		}
		if (properties.isEmpty()) {
			expect(ctx, javaKind == Kind.OBJECT || javaKind == Kind.UNION, "object", type);
			return;
		}
		if (!expect(ctx, javaKind == Kind.OBJECT, "object", type)) {
			return;
		}
		Map<String, Property> javaProperties = this.java.properties(type, ctx.direction == Direction.REQUEST);
		Set<String> required = new HashSet<>();
		list(schema.get("required")).forEach((name) -> required.add(String.valueOf(name)));
		properties.forEach((name, propertySchema) -> {
			Property property = javaProperties.get(name);
			if (property == null) {
				if (!name.equals(ctx.discriminator)) {
					add(ctx.property(name), "missing in " + type.getRawClass().getSimpleName());
				}
				return;
			}
			Map<String, Object> value = map(propertySchema);
			if (ctx.direction == Direction.RESPONSE && property.primitive() && this.schemas.isNullable(value)) {
				add(ctx.property(name), "nullable in the spec but a Java primitive");
			}
			if (ctx.direction == Direction.REQUEST && required.contains(name) && property.nullable()) {
				add(ctx.property(name), "required in the spec but @Nullable in " + type.getRawClass().getSimpleName());
			}
			walk(ctx.property(name), value, property.type());
		});
		javaProperties.keySet()
			.stream()
			.filter((name) -> !properties.containsKey(name))
			.forEach((name) -> add(ctx.property(name), "Java property of "
					+ type.getRawClass().getSimpleName() + " not in the spec"));
	}

	private void union(Context ctx, Map<String, Object> schema, List<Map<String, Object>> branches, JavaType type,
			Kind javaKind) {
		String property = this.schemas.discriminatorProperty(schema, branches);
		if (javaKind == Kind.UNION) {
			Map<Map<String, Object>, JavaType> tagged = new IdentityHashMap<>();
			for (Map<String, Object> branch : branches) {
				String tag = (property != null) ? this.schemas.tag(branch, property) : null;
				JavaType member = (tag != null) ? this.java.member(type, property, tag) : null;
				if (member != null) {
					tagged.put(branch, member);
				}
			}
			for (Map<String, Object> branch : branches) {
				String tag = (property != null) ? this.schemas.tag(branch, property) : null;
				JavaType member = tagged.get(branch);
				if (member != null) {
					walk(ctx.branch(tag, property), branch, member);
				}
				else if (tag == null && this.schemas.branches(this.schemas.flatten(this.schemas.resolve(branch))).size() > 1) {
					walk(ctx, branch, type); // a union nested in the union (InputItem holds Item): its own members
				}
				else if (tag != null && (this.java.discriminator(type) != null || ctx.direction == Direction.RESPONSE)) {
					add(ctx.branch(tag, null), "discriminator value has no member in " + type.getRawClass().getSimpleName());
				}
				else {
					shapeBranch((tag != null) ? ctx.branch(tag, property) : ctx, branch, type, tagged.values());
				}
			}
			return;
		}
		List<Map<String, Object>> matching = new ArrayList<>();
		for (Map<String, Object> branch : branches) {
			if (fits(SpecSchemas.kind(this.schemas.flatten(this.schemas.resolve(branch))), javaKind)) {
				matching.add(branch);
			}
		}
		if (matching.isEmpty()) {
			add(ctx, "type: spec " + this.schemas.kinds(branches) + ", Java " + type.getRawClass().getSimpleName());
		}
		else if (javaKind == Kind.OBJECT && matching.size() > 1) {
			walk(ctx, this.schemas.merge(matching), type);
		}
		else {
			matching.forEach((branch) -> walk(ctx, branch, type));
		}
	}

	/**
	 * Walks a branch no discriminator value selects into the member whose shape fits best; a member that another
	 * discriminator value selects is no candidate.
	 */
	private void shapeBranch(Context ctx, Map<String, Object> branch, JavaType union, Collection<JavaType> taken) {
		Map<String, Object> resolved = this.schemas.flatten(this.schemas.resolve(branch));
		JavaType best = null;
		long bestScore = -1;
		for (JavaType member : this.java.members(union)) {
			if (taken.contains(member)) {
				continue;
			}
			long score = score(resolved, member, ctx);
			if (score > bestScore) {
				best = member;
				bestScore = score;
			}
		}
		boolean tagged = ctx.discriminator != null;
		if (best != null && tagged && this.java.kind(best) == Kind.OBJECT && shared(resolved, best, ctx).isEmpty()
				&& map(resolved.get("properties")).size() > 1) {
			add(ctx, "discriminator value has no member in " + union.getRawClass().getSimpleName());
			return;
		}
		if (best != null) {
			walk(ctx, branch, best);
			return;
		}
		add(ctx.branch(String.valueOf(SpecSchemas.kind(resolved)), null),
				"union shape has no member in " + union.getRawClass().getSimpleName());
	}

	/**
	 * How well a Java member fits a union branch: -1 when its kind does not fit; objects score by shared properties
	 * less Java properties the branch lacks; arrays by how well the element types fit.
	 */
	private long score(Map<String, Object> schema, JavaType member, Context ctx) {
		String kind = SpecSchemas.kind(schema);
		Kind memberKind = this.java.kind(member);
		if (!fits(kind, memberKind)) {
			return -1;
		}
		if (memberKind == Kind.OBJECT) {
			long shared = shared(schema, member, ctx).size();
			long javaOnly = this.java.properties(member, ctx.direction == Direction.REQUEST).size() - shared;
			return 1000 + 10 * shared - javaOnly;
		}
		if (memberKind == Kind.ARRAY) {
			Map<String, Object> items = this.schemas.flatten(this.schemas.resolve(map(schema.get("items"))));
			List<Map<String, Object>> options = this.schemas.branches(items);
			Map<String, Object> first = options.isEmpty() ? items : this.schemas.flatten(this.schemas.resolve(options.get(0)));
			long element = score(first, this.java.contentType(member), ctx);
			return (element < 0) ? -1 : element + 1;
		}
		return 1000;
	}

	/** The properties a branch and a Java member share, without the discriminator. */
	private Set<String> shared(Map<String, Object> schema, JavaType member, Context ctx) {
		Set<String> shared = new HashSet<>(this.java.properties(member, ctx.direction == Direction.REQUEST).keySet());
		shared.retainAll(map(schema.get("properties")).keySet());
		shared.remove(ctx.discriminator);
		return shared;
	}

	private void enumValues(Context ctx, Map<String, Object> schema, JavaType type) {
		Set<String> values = new LinkedHashSet<>();
		list(schema.get("enum")).forEach((value) -> values.add(String.valueOf(value)));
		if (schema.containsKey("const")) {
			values.add(String.valueOf(schema.get("const")));
		}
		values.removeAll(this.java.enumValues(type));
		if (!values.isEmpty()) {
			add(ctx, "enum values missing in " + type.getRawClass().getSimpleName() + ": " + values);
		}
	}

	private boolean expect(Context ctx, boolean agrees, String specKind, JavaType type) {
		if (!agrees) {
			add(ctx, "type: spec " + specKind + ", Java " + type.getRawClass().getSimpleName());
		}
		return agrees;
	}

	private void add(Context ctx, String problem) {
		this.findings.add(new Finding(ctx.operation, ctx.path, ctx.key, problem));
	}

	private static boolean fits(@Nullable String specKind, Kind javaKind) {
		if (specKind == null) {
			return true;
		}
		return switch (specKind) {
			case "string" -> javaKind == Kind.STRING || javaKind == Kind.ENUM || javaKind == Kind.FILE;
			case "integer" -> javaKind == Kind.INTEGER;
			case "number" -> javaKind == Kind.NUMBER;
			case "boolean" -> javaKind == Kind.BOOLEAN;
			case "array" -> javaKind == Kind.ARRAY;
			case "object" -> javaKind == Kind.OBJECT || javaKind == Kind.MAP || javaKind == Kind.UNION;
			default -> false;
		};
	}

}
