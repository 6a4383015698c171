package dev.integrations.openai.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Binds the properties of named clients. A named client's {@link OpenAIProperties} is the top-level
 * {@code openai.*} binding with {@code openai.clients.<name>.*} bound over it: every setting, including any added to
 * {@link OpenAIProperties} later, is inherited unless the name sets it (maps are merged, the name's entries win). The
 * credentials ({@code api-key}, {@code organization}, {@code project}) are only inherited by a client of the same
 * provider, so that a key is never sent to another kind of server.
 */
final class NamedOpenAIProperties {

	static final String PREFIX = "openai.clients";

	private NamedOpenAIProperties() {
	}

	/** @return the names under {@code openai.clients}, in configuration order */
	static Set<String> names(Environment environment) {
		return new LinkedHashSet<>(Binder.get(environment)
			.bind(PREFIX, Bindable.mapOf(String.class, OpenAIProperties.class))
			.map((clients) -> clients.keySet())
			.orElseGet(Set::of));
	}

	/** @return {@code openai.clients.<name>} */
	static String prefix(String name) {
		return PREFIX + "." + name;
	}

	static OpenAIProperties bind(Environment environment, String name) {
		Binder binder = Binder.get(environment);
		OpenAIProperties properties = binder.bind("openai", OpenAIProperties.class).orElseGet(OpenAIProperties::new);
		OpenAIProvider inherited = properties.getProvider();
		String prefix = prefix(name);
		binder.bind(prefix, Bindable.ofInstance(properties));
		properties.getClients().clear();
		if (properties.getProvider() != inherited) {
			if (!binder.bind(prefix + ".api-key", String.class).isBound()) {
				properties.setApiKey(null);
			}
			if (!binder.bind(prefix + ".organization", String.class).isBound()) {
				properties.setOrganization(null);
			}
			if (!binder.bind(prefix + ".project", String.class).isBound()) {
				properties.setProject(null);
			}
		}
		return properties;
	}

}
