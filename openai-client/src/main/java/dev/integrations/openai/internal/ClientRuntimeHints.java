package dev.integrations.openai.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.integrations.openai.common.OpenAIService;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * The reflection the client needs in a native image, registered with Spring AOT through
 * {@code META-INF/spring/aot.factories}. The list is not kept by hand: at AOT build time this scans the classes of
 * the client itself (the jar or directory this class was loaded from) and registers
 * <ul>
 * <li>every record, enum and sealed interface (the wire types, their unions and their {@code Unknown} members) for
 * Jackson: Spring's binding hints (the types they reference, the deserializers and other classes named by Jackson
 * annotations) plus all declared constructors, methods and fields, because Jackson 3 calls package-private
 * {@code @JsonCreator} factories and {@code @JsonValue} methods and sets {@code @JsonAnySetter} fields;</li>
 * <li>the {@code (ApiExecutor)} constructor of every service implementation that {@link Services#create} finds by
 * name.</li>
 * </ul>
 * The client reads no resources and creates no JDK proxies, so it registers neither.
 */
public final class ClientRuntimeHints implements RuntimeHintsRegistrar {

	private static final String BASE_PACKAGE = "dev.integrations.openai";

	private static final MemberCategory[] JACKSON_MEMBERS = { MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
			MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS };

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		ClassLoader loader = (classLoader != null) ? classLoader : ClientRuntimeHints.class.getClassLoader();
		ReflectionHints reflection = hints.reflection();
		BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
		for (Class<?> type : clientClasses(loader)) {
			if (type.isRecord() || type.isEnum() || type.isSealed()) {
				binding.registerReflectionHints(reflection, type);
				reflection.registerType(type, JACKSON_MEMBERS);
			}
			if (type.isInterface() && type != OpenAIService.class && OpenAIService.class.isAssignableFrom(type)) {
				registerImplementation(reflection, type, loader);
			}
		}
	}

	private static void registerImplementation(ReflectionHints reflection, Class<?> service, ClassLoader loader) {
		String name = Services.implementationName(service);
		if (ClassUtils.isPresent(name, loader)) {
			try {
				Constructor<?> constructor = ClassUtils.resolveClassName(name, loader)
					.getDeclaredConstructor(ApiExecutor.class);
				reflection.registerConstructor(constructor, ExecutableMode.INVOKE);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(name + " has no (ApiExecutor) constructor for Services.create", ex);
			}
		}
	}

	/**
	 * The classes of the client: those under its base package in the class-path root this class comes from, so
	 * that applications sharing the package prefix (the starter, samples) are not included.
	 */
	private static List<Class<?>> clientClasses(ClassLoader loader) {
		String self = ClassUtils.convertClassNameToResourcePath(ClientRuntimeHints.class.getName()) + ".class";
		URL selfUrl = Objects.requireNonNull(loader.getResource(self), self);
		String root = selfUrl.toString().substring(0, selfUrl.toString().length() - self.length());
		String pattern = root + ClassUtils.convertClassNameToResourcePath(BASE_PACKAGE) + "/**/*.class";
		MetadataReaderFactory readers = new SimpleMetadataReaderFactory(loader);
		List<Class<?>> classes = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver(loader).getResources(pattern)) {
				String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
				if (!name.endsWith("package-info")) {
					classes.add(ClassUtils.resolveClassName(name, loader));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot scan " + pattern, ex);
		}
		return classes;
	}

}
