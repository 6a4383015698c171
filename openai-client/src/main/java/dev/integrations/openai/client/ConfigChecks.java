package dev.integrations.openai.client;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Validation of {@link OpenAIConfig} settings, with messages that name the setting.
 */
final class ConfigChecks {

	private ConfigChecks() {
	}

	static String baseUrl(@Nullable String baseUrl) {
		if (baseUrl == null || baseUrl.isBlank()) {
			throw new IllegalArgumentException("baseUrl must not be blank");
		}
		URI uri;
		try {
			uri = URI.create(baseUrl.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("baseUrl is not a valid URL: " + baseUrl, ex);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, was " + baseUrl);
		}
		if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalArgumentException("baseUrl must not contain user info, a query or a fragment");
		}
		String text = uri.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	static void headerName(@Nullable String name, @Nullable String value) {
		if (name == null || name.isBlank() || !name.chars().allMatch(ConfigChecks::isTokenChar)) {
			throw new IllegalArgumentException("defaultHeaders name is not a valid header name: " + name);
		}
		if (name.equalsIgnoreCase("Authorization")) {
			throw new IllegalArgumentException("defaultHeaders must not set Authorization: use apiKey");
		}
		if (value == null) {
			throw new IllegalArgumentException("defaultHeaders value of " + name + " must not be null");
		}
	}

	static Duration positive(String name, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
		}
		return value;
	}

	static int atLeast(String name, int value, int minimum, String unit) {
		if (value < minimum) {
			throw new IllegalArgumentException(name + " must be >= " + minimum + unit + ", was " + value);
		}
		return value;
	}

	static <T> T required(String name, @Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	static String notBlank(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	private static boolean isTokenChar(int c) {
		return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
	}

}
