package dev.integrations.openai.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The routes the client's services call, read from the main sources: every
 * {@code ApiRequest.get/post/put/patch/delete(path, ...)} with its path expression evaluated (string literals and
 * {@code static final String} constants of the same file, themselves such expressions; any other part, such as {@code "/" + verb}, stands for one
 * path segment). Lets {@link SpecConformanceTest} check that the operations table misses no operation.
 */
final class ServiceRoutes {

	private static final Pattern CALL = Pattern.compile("ApiRequest\\.(get|post|put|patch|delete)\\(([^,)]+)");

	private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = ([^;]+);");

	private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

	private ServiceRoutes() {
	}

	/**
	 * One call of {@code ApiRequest} in a source file.
	 * @param method the HTTP method, upper case
	 * @param path the path as a pattern of {@link #normalized(String) normalized} paths
	 * @param source the file and expression, for the report
	 */
	record Route(String method, Pattern path, String source) {

		/**
		 * Whether an operation of the spec is this route.
		 * @param method the operation's HTTP method
		 * @param path the operation's path as the spec writes it
		 * @return whether they match
		 */
		boolean matches(String method, String path) {
			return this.method.equals(method) && this.path.matcher(normalized(path)).matches();
		}

	}

	/**
	 * Reads every route of the sources under a root.
	 * @param root such as {@code src/main/java}
	 * @return the routes, in file order
	 */
	static List<Route> read(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			List<Route> routes = new ArrayList<>();
			files.filter((file) -> file.toString().endsWith(".java")).sorted().forEach((file) -> routes.addAll(routes(file)));
			return routes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A spec or Java path with every parameter written {@code {}} and without a query ({@code ?beta=true}).
	 * @param path the path
	 * @return the normalized path
	 */
	static String normalized(String path) {
		int query = path.indexOf('?');
		return PARAMETER.matcher((query >= 0) ? path.substring(0, query) : path).replaceAll("{}");
	}

	private static List<Route> routes(Path file) {
		String source;
		try {
			source = Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> constants = new HashMap<>();
		Matcher constant = CONSTANT.matcher(source);
		while (constant.find()) {
			constants.put(constant.group(1), regex(constant.group(2), constants));
		}
		List<Route> routes = new ArrayList<>();
		Matcher call = CALL.matcher(source);
		while (call.find()) {
			String expression = call.group(2).trim();
			routes.add(new Route(call.group(1).toUpperCase(Locale.ROOT), Pattern.compile(regex(expression, constants)),
					file.getFileName() + ": " + call.group(0)));
		}
		return routes;
	}

	/** The regular expression of the paths a string expression can build; constants map to their expressions. */
	private static String regex(String expression, Map<String, String> constants) {
		StringBuilder regex = new StringBuilder();
		for (String part : expression.split("\\+")) {
			String term = part.trim();
			if (term.startsWith("\"") && term.endsWith("\"") && term.length() >= 2) {
				regex.append(Pattern.quote(normalized(term.substring(1, term.length() - 1))));
			}
			else if (constants.containsKey(term)) {
				regex.append(constants.get(term));
			}
			else {
				regex.append("[^/]+");
			}
		}
		return regex.toString();
	}

}
