package dev.integrations.openai.transport;

import java.nio.charset.StandardCharsets;

import dev.integrations.openai.errors.OpenAIValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * Expands the path templates of {@link ApiRequest}: each variable must be exactly one path segment, so that no id can
 * move a request to another route, and is percent-encoded as one.
 */
final class PathTemplate {

	private PathTemplate() {
	}

	/**
	 * Fills the {@code {name}} placeholders of a path template, each with one encoded path segment.
	 */
	static String expand(String template, Object... variables) {
		StringBuilder path = new StringBuilder(template.length() + 32);
		int next = 0;
		int i = 0;
		while (i < template.length()) {
			char c = template.charAt(i);
			if (c == '{') {
				int end = template.indexOf('}', i);
				if (end < 0 || next >= variables.length) {
					throw new IllegalArgumentException("Path template " + template + " needs more variables");
				}
				Object value = variables[next++];
				String name = template.substring(i + 1, end);
				path.append(UriUtils.encodePathSegment(requireSegment(name, value), StandardCharsets.UTF_8));
				i = end + 1;
			}
			else {
				path.append(c);
				i++;
			}
		}
		if (next != variables.length) {
			throw new IllegalArgumentException("Path template " + template + " has fewer placeholders than variables");
		}
		return path.toString();
	}

	/**
	 * Checks that a path variable is exactly one path segment, so that no id can move a request to another route:
	 * not blank, not {@code .} or {@code ..}, and without {@code /}, {@code \\}, {@code ?}, {@code #} or
	 * {@code %} (which servers and proxies may decode or normalize before routing).
	 */
	private static String requireSegment(String name, @Nullable Object value) {
		String segment = (value != null) ? value.toString() : null;
		if (segment == null || segment.isBlank()) {
			throw new OpenAIValidationException(name, name + " must not be blank");
		}
		if (segment.equals(".") || segment.equals("..")) {
			throw new OpenAIValidationException(name, name + " must not be '.' or '..'");
		}
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%') {
				throw new OpenAIValidationException(name,
						name + " must be a single path segment, without '/', '\\', '?', '#' or '%'");
			}
		}
		return segment;
	}

}
