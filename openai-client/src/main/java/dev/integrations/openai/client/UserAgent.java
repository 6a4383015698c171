package dev.integrations.openai.client;

/**
 * The default {@code User-Agent}: this client's name and version, and the Java runtime.
 */
final class UserAgent {

	static final String DEFAULT = "openai-spring/" + version() + " Java/" + System.getProperty("java.version");

	private UserAgent() {
	}

	private static String version() {
		String version = UserAgent.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "0.1.0-SNAPSHOT";
	}

}
