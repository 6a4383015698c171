package dev.integrations.openai.bench;

/**
 * Drives this client ({@code this-client-blocking}, {@code this-client-reactive}), the raw WebClient floor
 * ({@code raw-webclient}) or the floor plus JSON mapping ({@code webclient-jackson}); see {@link Harness} for the
 * options.
 */
public final class ClientDriver {

	private ClientDriver() {
	}

	/**
	 * Runs a scenario.
	 * @param args the command line
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		Harness.main(args, (name, stubUrl) -> switch (name) {
			case "raw-webclient" -> new RawWebClientTarget(stubUrl);
			case "webclient-jackson" -> new WebClientJacksonTarget(stubUrl);
			case "this-client-blocking", "this-client-reactive" -> new ThisClientTarget(name, stubUrl);
			default -> throw new IllegalArgumentException("Unknown target " + name);
		});
	}

}
