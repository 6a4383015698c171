package dev.integrations.openai.conventions;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.CursorParams;
import dev.integrations.openai.common.ListResponse;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The naming rules of the public service interfaces, checked by reflection. {@link #violations} returns one line
 * per broken rule ({@code Service#method: problem}), so a failure names every offender at once.
 * <ul>
 * <li>Twins: a method returning {@code Mono}/{@code Flux} ends in {@code Async} and has a blocking twin with the
 * same parameters and the name without the suffix; a method ending in {@code Async} is reactive; a
 * {@code BlockingStream} method has an {@code ...Async} twin returning {@code Flux}.</li>
 * <li>Types: no signature names a Spring, Jackson, {@code internal} or {@code transport} type.</li>
 * <li>Lists: a {@code list...} method returning {@code ListResponse} or {@code CursorPager} takes the path IDs
 * ({@code String}) and at most one {@link CursorParams} record, last, with a {@code DEFAULTS} constant; a pager
 * is named {@code list...} and, when it takes params, has an overload without them.</li>
 * <li>Timestamps (every record reachable from a signature): components stay {@code long}/{@code Long} Unix
 * seconds, never {@code Instant}; the {@code Instant} of component {@code x} is {@code xInstant()}, and every
 * {@code created} or {@code ...At} component has one.</li>
 * <li>Builders: {@code builder()} takes no arguments (required fields are checked in {@code build()}); builder
 * methods add one element at a time ({@code addTool(x)}, never {@code addTools(...)}).</li>
 * </ul>
 */
final class ConventionRules {

	private static final List<String> FOREIGN_PACKAGES = List.of("org.springframework.", "com.fasterxml.",
			"tools.jackson.", "dev.integrations.openai.internal.", "dev.integrations.openai.transport.");

	private ConventionRules() {
	}

	/**
	 * Every broken rule of one service interface and of the types its signatures reach.
	 * @param service the interface
	 * @return one line per violation, sorted
	 */
	static Set<String> violations(Class<?> service) {
		Set<String> found = new TreeSet<>();
		Set<Class<?>> reached = new LinkedHashSet<>();
		for (Method method : publicMethods(service)) {
			String where = service.getSimpleName() + "#" + method.getName();
			twins(service, method, where, found);
			lists(service, method, where, found);
			List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
			types.add(method.getGenericReturnType());
			for (Type type : types) {
				for (Class<?> used : classesIn(type)) {
					if (FOREIGN_PACKAGES.stream().anyMatch(used.getName()::startsWith)) {
						found.add(where + ": exposes " + used.getName());
					}
					reach(used, reached);
				}
			}
		}
		reached.forEach((type) -> types(type, found));
		return found;
	}

	private static void twins(Class<?> service, Method method, String where, Set<String> found) {
		Class<?> returned = method.getReturnType();
		String name = method.getName();
		boolean reactive = Publisher.class.isAssignableFrom(returned);
		if (reactive && !name.endsWith("Async")) {
			found.add(where + ": returns " + returned.getSimpleName() + " but does not end in Async");
		}
		if (!reactive && name.endsWith("Async")) {
			found.add(where + ": ends in Async but returns " + returned.getSimpleName());
		}
		if (reactive && name.endsWith("Async")) {
			Method twin = find(service, name.substring(0, name.length() - "Async".length()), method);
			if (twin == null && isDownload(method)) {
				twin = downloadTwin(service, method);
			}
			if (twin == null || Publisher.class.isAssignableFrom(twin.getReturnType())) {
				found.add(where + ": has no blocking twin " + name.substring(0, name.length() - 5));
			}
			else if (returned == Flux.class && !blockingFormOfFlux(twin.getReturnType())) {
				found.add(where + ": its blocking twin returns " + twin.getReturnType().getSimpleName());
			}
		}
		if (returned == BlockingStream.class) {
			Method twin = find(service, name + "Async", method);
			if (twin == null || twin.getReturnType() != Flux.class) {
				found.add(where + ": BlockingStream without a Flux twin " + name + "Async");
			}
		}
	}

	/** A download's reactive form: the body as a {@code Flux<ByteBuffer>}. */
	private static boolean isDownload(Method method) {
		return method.getReturnType() == Flux.class
				&& method.getGenericReturnType() instanceof ParameterizedType flux
				&& flux.getActualTypeArguments()[0] == ByteBuffer.class;
	}

	/**
	 * The blocking form of a download, which writes the body to a target: {@code x(params, Path)} or
	 * {@code downloadX(params, Path)} for {@code xAsync(params)}.
	 */
	private static Method downloadTwin(Class<?> service, Method method) {
		String base = method.getName().substring(0, method.getName().length() - "Async".length());
		Class<?>[] parameters = Arrays.copyOf(method.getParameterTypes(), method.getParameterCount() + 1);
		parameters[parameters.length - 1] = Path.class;
		Method same = find(service, base, parameters);
		return (same != null) ? same
				: find(service, "download" + Character.toUpperCase(base.charAt(0)) + base.substring(1), parameters);
	}

	/** A Flux's blocking twin is a {@code BlockingStream}, or (for downloads) any non-reactive result. */
	private static boolean blockingFormOfFlux(Class<?> type) {
		return type == BlockingStream.class || !Publisher.class.isAssignableFrom(type);
	}

	private static void lists(Class<?> service, Method method, String where, Set<String> found) {
		Type returned = method.getGenericReturnType();
		if (returned instanceof ParameterizedType parameterized && parameterized.getRawType() == Mono.class) {
			returned = parameterized.getActualTypeArguments()[0];
		}
		Class<?> raw = (returned instanceof ParameterizedType p) ? (Class<?>) p.getRawType() : null;
		boolean named = method.getName().startsWith("list");
		if (raw == CursorPager.class && !named) {
			found.add(where + ": returns a pager but is not named list...");
		}
		if (!named || (raw != ListResponse.class && raw != CursorPager.class)) {
			return;
		}
		Class<?>[] parameters = method.getParameterTypes();
		for (int i = 0; i < parameters.length; i++) {
			boolean last = i == parameters.length - 1;
			if (parameters[i] == String.class) {
				continue;
			}
			if (!last || !CursorParams.class.isAssignableFrom(parameters[i])) {
				found.add(where + ": list parameter " + parameters[i].getSimpleName()
						+ " is neither a path ID nor the one CursorParams record");
			}
			else if (!hasDefaults(parameters[i])) {
				found.add(where + ": " + parameters[i].getSimpleName() + " has no DEFAULTS constant");
			}
			else if (raw == CursorPager.class && find(service, method.getName(), Arrays.copyOf(parameters, i)) == null) {
				found.add(where + ": has no overload without " + parameters[i].getSimpleName());
			}
		}
	}

	private static void types(Class<?> type, Set<String> found) {
		if (type.isRecord()) {
			timestamps(type, found);
		}
		for (Method method : type.getMethods()) {
			if (Modifier.isStatic(method.getModifiers()) && method.getName().equals("builder")) {
				if (method.getParameterCount() > 0) {
					found.add(type.getSimpleName() + ".builder: takes arguments; set required fields on the builder");
				}
				builderMethods(method.getReturnType(), found);
			}
		}
	}

	private static void timestamps(Class<?> type, Set<String> found) {
		Set<String> epochComponents = new LinkedHashSet<>();
		Set<String> components = new LinkedHashSet<>();
		for (RecordComponent component : type.getRecordComponents()) {
			String name = component.getName();
			components.add(name);
			if (component.getType() == Instant.class) {
				found.add(type.getSimpleName() + "." + name + ": a wire timestamp stays long Unix seconds");
			}
			if (component.getType() == long.class || component.getType() == Long.class) {
				epochComponents.add(name);
				if ((name.equals("created") || name.endsWith("At")) && find(type, name + "Instant") == null) {
					found.add(type.getSimpleName() + "." + name + ": has no " + name + "Instant()");
				}
			}
		}
		for (Method method : type.getMethods()) {
			if (method.getReturnType() == Instant.class && method.getParameterCount() == 0
					&& !Modifier.isStatic(method.getModifiers()) && !components.contains(method.getName())) {
				String name = method.getName();
				boolean named = name.endsWith("Instant")
						&& epochComponents.contains(name.substring(0, name.length() - "Instant".length()));
				if (!named) {
					found.add(type.getSimpleName() + "#" + name + ": an Instant is named after its component, xInstant()");
				}
			}
		}
	}

	private static void builderMethods(Class<?> builder, Set<String> found) {
		for (Method method : builder.getMethods()) {
			String name = method.getName();
			if (name.startsWith("add") && name.endsWith("s") && name.length() > 4
					&& Character.isUpperCase(name.charAt(3))) {
				found.add(builder.getSimpleName() + "#" + name + ": add one element (add" + name.substring(3,
						name.length() - 1) + "), set a list with the plain name");
			}
		}
	}

	private static boolean hasDefaults(Class<?> params) {
		try {
			Field field = params.getField("DEFAULTS");
			return Modifier.isStatic(field.getModifiers()) && field.getType() == params;
		}
		catch (NoSuchFieldException ex) {
			return false;
		}
	}

	private static List<Method> publicMethods(Class<?> service) {
		return Arrays.stream(service.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
					&& !method.isSynthetic())
			.toList();
	}

	private static Method find(Class<?> type, String name, Method like) {
		return find(type, name, like.getParameterTypes());
	}

	private static Method find(Class<?> type, String name, Class<?>... parameters) {
		try {
			return type.getMethod(name, parameters);
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	private static List<Class<?>> classesIn(Type type) {
		List<Class<?>> classes = new ArrayList<>();
		collect(type, classes);
		return classes;
	}

	private static void collect(Type type, List<Class<?>> into) {
		if (type instanceof Class<?> c) {
			into.add(c.isArray() ? c.getComponentType() : c);
		}
		else if (type instanceof ParameterizedType p) {
			collect(p.getRawType(), into);
			Arrays.stream(p.getActualTypeArguments()).forEach((argument) -> collect(argument, into));
		}
		else if (type instanceof WildcardType w) {
			Arrays.stream(w.getUpperBounds()).forEach((bound) -> collect(bound, into));
			Arrays.stream(w.getLowerBounds()).forEach((bound) -> collect(bound, into));
		}
		else if (type instanceof GenericArrayType a) {
			collect(a.getGenericComponentType(), into);
		}
	}

	/** Walks the project's types a signature reaches: record components and sealed members. */
	private static void reach(Class<?> type, Set<Class<?>> reached) {
		if (!type.getName().startsWith("dev.integrations.openai.") || !reached.add(type)) {
			return;
		}
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				classesIn(component.getGenericType()).forEach((used) -> reach(used, reached));
			}
		}
		if (type.isSealed()) {
			Arrays.stream(type.getPermittedSubclasses()).forEach((member) -> reach(member, reached));
		}
	}

}
