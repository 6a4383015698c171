package dev.integrations.openai.containers;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;

/**
 * A file in a container (the {@code container.file} object).
 *
 * @param id the file ID, such as {@code cfile_682e0e8a43c88191a7978f477a09bdf5}
 * @param object always {@code container.file}
 * @param containerId the container the file belongs to
 * @param createdAt when the file was created, in Unix seconds (see {@link #createdAtInstant()})
 * @param bytes the size in bytes
 * @param path the path in the container, such as {@code /mnt/data/report.csv}
 * @param source who made the file, such as {@code user} or {@code assistant}
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record ContainerFile(String id, String object, String containerId, long createdAt, long bytes, String path,
		String source, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public ContainerFile {
		extra = Extras.copy(extra);
	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

}
