package dev.integrations.openai.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one list of deliberate differences between the spec and the Java wire types. A key is the nearest named
 * schema and the property chain after it, as {@link SchemaWalker.Finding#key()} prints it; a key also covers
 * everything below it ({@code CreateResponse.tools} covers {@code CreateResponse.tools[].x}). Every entry says why.
 * An entry that no longer matches anything fails the test, so the list only shrinks.
 */
final class SpecAllowList {

	private static final Map<String, String> ENTRIES = new LinkedHashMap<>();

	static {
		// keep entries sorted by key; the reason says why the difference is deliberate (or which issue closes it)
	}

	private final Set<String> used = new TreeSet<>();

	/**
	 * Whether a finding is allow-listed; remembers the entry as used.
	 * @param finding the finding
	 * @return whether an entry covers it
	 */
	boolean covers(SchemaWalker.Finding finding) {
		String key = finding.key();
		for (String entry : ENTRIES.keySet()) {
			if (key.equals(entry) || key.startsWith(entry + ".") || key.startsWith(entry + "[")) {
				this.used.add(entry);
				return true;
			}
		}
		return false;
	}

	/** @return the entries that covered nothing */
	Set<String> unused() {
		Set<String> unused = new TreeSet<>(ENTRIES.keySet());
		unused.removeAll(this.used);
		return unused;
	}

}
