package dev.integrations.openai.skills;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import dev.integrations.openai.MultipartRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A skill folder as OpenAI's guide shows it ({@code basic_math/SKILL.md} and a script), its zip, the JSON the API
 * answers with, and a reader of the file parts a request carried.
 */
final class SkillFixtures {

	static final String SKILL_ID = "skill_69a1c2e4f0b48190a3d5c6e7f8091a2b";

	static final String SKILL_JSON = """
			{"id": "skill_69a1c2e4f0b48190a3d5c6e7f8091a2b", "object": "skill", "name": "basic-math",
			 "description": "Add or multiply numbers.", "created_at": 1765432100, "default_version": "1",
			 "latest_version": "2"}
			""";

	static final String VERSION_JSON = """
			{"object": "skill.version", "id": "skillver_69a1c3b7e2d88190b4f1a2c3d4e5f607",
			 "skill_id": "skill_69a1c2e4f0b48190a3d5c6e7f8091a2b", "version": "2", "created_at": 1765435700,
			 "name": "basic-math", "description": "Add, subtract or multiply numbers."}
			""";

	static final byte[] MANIFEST = """
			---
			name: basic-math
			description: Add or multiply numbers.
			---

			Use this skill when you need a quick sum or product of numbers.
			""".getBytes(StandardCharsets.UTF_8);

	static final byte[] SCRIPT = """
			import sys
			print(sum(float(arg) for arg in sys.argv[1:]))
			""".getBytes(StandardCharsets.UTF_8);

	private SkillFixtures() {
	}

	/** Writes {@code basic_math/SKILL.md} and {@code basic_math/scripts/calculate.py} under a directory. */
	static Path folder(Path parent) throws IOException {
		Path folder = Files.createDirectories(parent.resolve("basic_math"));
		Files.write(folder.resolve("SKILL.md"), MANIFEST);
		Files.write(Files.createDirectories(folder.resolve("scripts")).resolve("calculate.py"), SCRIPT);
		return folder;
	}

	/** The zip of the folder, as bytes. */
	static byte[] zipBytes() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("basic_math/SKILL.md"));
			zip.write(MANIFEST);
			zip.putNextEntry(new ZipEntry("basic_math/scripts/calculate.py"));
			zip.write(SCRIPT);
		}
		return bytes.toByteArray();
	}

	/**
	 * The file parts of the only request the server received, each as
	 * {@code name; filename; content type; body}, in order.
	 */
	static List<String> fileParts(WireMockServer server) {
		MultipartRequests.onlyRequest(server);
		return server.getAllServeEvents()
			.get(0)
			.getRequest()
			.getParts()
			.stream()
			.filter((part) -> part.getName().startsWith("files"))
			.map(SkillFixtures::describe)
			.toList();
	}

	static String describe(Request.Part part) {
		String disposition = part.getHeader("Content-Disposition").firstValue();
		assertThat(disposition).startsWith("form-data; name=\"" + part.getName() + "\"; filename=");
		return part.getName() + "; " + disposition.substring(disposition.indexOf("filename=") + 9) + "; "
				+ part.getHeader("Content-Type").firstValue() + "; "
				+ new String(part.getBody().asBytes(), StandardCharsets.UTF_8);
	}

}
