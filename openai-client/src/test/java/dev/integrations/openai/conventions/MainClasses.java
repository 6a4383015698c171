package dev.integrations.openai.conventions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.integrations.openai.transport.OpenAIJson;

/**
 * The classes of the client's main sources, for the tests that hold every one of a kind (services, builders, enums)
 * to a rule by reflection.
 */
public final class MainClasses {

	private MainClasses() {
	}

	/**
	 * Every class (nested ones included) compiled from {@code src/main/java}, loaded without initializing it.
	 * @return the classes, ordered by name
	 */
	public static List<Class<?>> all() {
		try {
			Path root = Path.of(OpenAIJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			try (Stream<Path> files = Files.walk(root)) {
				return files.map((file) -> root.relativize(file).toString())
					.filter((name) -> name.endsWith(".class") && !name.endsWith("package-info.class"))
					.sorted()
					.<Class<?>>map((name) -> load(name.substring(0, name.length() - ".class".length())
						.replace(root.getFileSystem().getSeparator(), ".")))
					.toList();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, MainClasses.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
